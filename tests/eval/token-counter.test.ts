import { encode } from 'gpt-tokenizer/encoding/o200k_harmony';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPromptTokens, promptTokenizer } from '@/lib/eval/tokens';

const OSS = 'openai/gpt-oss-120b';
const chat = [
  { role: 'system', content: 'You are terse.' },
  { role: 'user', content: 'What is the capital of France?' },
];
const expected = countPromptTokens(promptTokenizer(encode), OSS, chat, 131_072);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A Worker stand-in: answers each message like token-worker.ts does, or fails to start. */
function stubWorker(mode: 'answers' | 'fails') {
  const posted: unknown[] = [];
  class FakeWorker extends EventTarget {
    constructor(
      readonly url: URL,
      readonly options: WorkerOptions,
    ) {
      super();
    }
    postMessage(data: { id: number; model: string; messages: typeof chat; contextWindow: number | null }) {
      posted.push(data);
      queueMicrotask(() => {
        if (mode === 'fails') {
          this.dispatchEvent(new Event('error'));
          return;
        }
        const count = countPromptTokens(
          promptTokenizer(encode),
          data.model,
          data.messages,
          data.contextWindow,
        );
        this.dispatchEvent(new MessageEvent('message', { data: { id: data.id, count } }));
      });
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return posted;
}

describe('countTokens', () => {
  it('counts on this thread when there is no Worker (same figure as countPromptTokens)', async () => {
    vi.stubGlobal('Worker', undefined);
    const { countTokens } = await import('@/lib/eval/token-counter');
    expect(await countTokens(OSS, chat, 131_072)).toEqual(expected);
  });

  it('sends the prompt to the tokenizer worker and resolves with its count', async () => {
    const posted = stubWorker('answers');
    const { countTokens } = await import('@/lib/eval/token-counter');
    const [a, b] = await Promise.all([
      countTokens(OSS, chat, 131_072),
      countTokens(OSS, chat.slice(1), null),
    ]);
    expect(a).toEqual(expected);
    expect(b.tokens).toBeLessThan(a.tokens);
    expect(posted).toHaveLength(2);
  });

  it('a worker that fails to start still answers, counting here', async () => {
    stubWorker('fails');
    const { countTokens } = await import('@/lib/eval/token-counter');
    expect(await countTokens(OSS, chat, 131_072)).toEqual(expected);
    // Later counts no longer try the broken worker.
    expect(await countTokens(OSS, chat, 131_072)).toEqual(expected);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { streamedEventBatches } from '@/lib/groq/chat-events';
import type { ChatEvent } from '@/lib/stream/events';

/**
 * Content-only chunks skip JSON.parse of the whole chunk (lib/groq/chat-events.ts): the events must be
 * exactly those of the full parse. A trailing space keeps a payload valid JSON but defeats the fast
 * path, so each stream is run both ways and compared.
 */
const response = new Response(null, { headers: { 'x-request-id': 'req_1' } });
const MODEL = 'llama-3.1-8b-instant';

const header = (fields: Record<string, unknown>) =>
  JSON.stringify(fields)
    .slice(1, -1)
    .concat(Object.keys(fields).length > 0 ? ',' : '');
const groqHeader = {
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1795990708,
  model: MODEL,
  system_fingerprint: 'fp_1',
  service_tier: 'on_demand',
};
/** A chunk written the way Groq (and the simulator) write them, key order included. */
const contentChunk = (content: string, fields: Record<string, unknown> = groqHeader) =>
  `{${header(fields)}"choices":[{"index":0,"delta":{"content":${JSON.stringify(content)}},"logprobs":null,"finish_reason":null}]}`;
const firstChunk = `{${header(groqHeader)}"choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"x_groq":{"id":"req_1"}}`;
const lastChunk = `{${header(groqHeader)}"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"x_groq":{"id":"req_1","usage":{"queue_time":0.01,"prompt_tokens":9,"prompt_time":0.001,"completion_tokens":5,"completion_time":0.005,"total_tokens":14,"total_time":0.006}}}`;

async function run(payloads: string[], slow: boolean, reads = 1): Promise<ChatEvent[]> {
  const frames = payloads.map((p) => `data: ${slow ? `${p} ` : p}\n\n`).concat('data: [DONE]\n\n');
  const size = Math.ceil(frames.length / reads);
  const parts = Array.from({ length: reads }, (_, i) => frames.slice(i * size, (i + 1) * size).join(''));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) if (part) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  const events: ChatEvent[] = [];
  for await (const batch of streamedEventBatches(body, response, MODEL)) events.push(...batch);
  for (const event of events) if (event.event === 'start') event.data.started_at = 0;
  return events;
}

async function expectSameBothWays(payloads: string[], reads = 1): Promise<ChatEvent[]> {
  const fast = await run(payloads, false, reads);
  expect(fast).toEqual(await run(payloads, true, reads));
  return fast;
}

describe('content-only chunks without a full parse', () => {
  it('gives the same events as the full parse, escapes and all', async () => {
    const texts = ['He said "hi"', ' back\\slash', '\nnew line\t', ' caf\u00e9 \u{1F600}', '', ' </script>'];
    for (const reads of [1, 3]) {
      const events = await expectSameBothWays(
        [firstChunk, ...texts.map((t) => contentChunk(t)), lastChunk],
        reads,
      );
      const text = events.flatMap((e) => (e.event === 'delta' ? [e.data.content ?? ''] : [])).join('');
      expect(text).toBe(texts.join(''));
      expect(events.at(-1)).toEqual({
        event: 'done',
        data: {
          finish_reason: 'stop',
          id: 'chatcmpl-1',
          system_fingerprint: 'fp_1',
          created: 1795990708,
          service_tier: 'on_demand',
        },
      });
    }
  });

  it('takes the fast path for Groq-shaped content chunks (JSON.parse sees only their strings)', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await run([firstChunk, contentChunk('a'), contentChunk('b'), lastChunk], false);
      const whole = parse.mock.calls.filter(([text]) => String(text).startsWith('{'));
      expect(whole).toHaveLength(2); // the first and the last chunk
    } finally {
      parse.mockRestore();
    }
  });

  it('still records a done field that only a later chunk carries', async () => {
    const { service_tier: _tier, ...withoutTier } = groqHeader;
    const events = await expectSameBothWays([
      contentChunk('a', withoutTier),
      contentChunk('b', groqHeader),
      `{${header(withoutTier)}"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}`,
    ]);
    expect(events.at(-1)?.data).toMatchObject({ service_tier: 'on_demand', id: 'chatcmpl-1' });
  });

  it('parses in full any chunk with more than content (reasoning, usage, other keys)', async () => {
    await expectSameBothWays([
      firstChunk,
      `{${header(groqHeader)}"choices":[{"index":0,"delta":{"reasoning":"think"},"logprobs":null,"finish_reason":null}]}`,
      contentChunk('answer'),
      `{${header(groqHeader)}"choices":[{"index":0,"delta":{"content":"x"},"logprobs":null,"finish_reason":null}],"x_groq":{"id":"req_1"}}`,
      lastChunk,
    ]);
  });

  it('fails on a malformed string exactly as the full parse does', async () => {
    const bad = contentChunk('ok').replace('"ok"', '"bad \\x escape"');
    await expect(run([firstChunk, bad, lastChunk], false)).rejects.toThrow(SyntaxError);
    await expect(run([firstChunk, bad, lastChunk], true)).rejects.toThrow(SyntaxError);
  });
});

describe('the end of a stream', () => {
  async function events(text: string): Promise<ChatEvent[]> {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const out: ChatEvent[] = [];
    for await (const batch of streamedEventBatches(body, response, MODEL)) out.push(...batch);
    return out;
  }

  it('accepts [DONE] without a finish_reason, as some OpenAI-compatible servers send it', async () => {
    const out = await events(`data: ${firstChunk}\n\ndata: ${contentChunk('hi')}\n\ndata: [DONE]\n\n`);
    expect(out.at(-1)).toMatchObject({ event: 'done', data: { finish_reason: null } });
    expect(out.some((e) => e.event === 'delta')).toBe(true);
  });

  it('fails a stream cut off with neither a finish_reason nor [DONE]', async () => {
    await expect(events(`data: ${firstChunk}\n\ndata: ${contentChunk('hi')}\n\n`)).rejects.toThrow(
      /ended before the model finished/,
    );
  });
});

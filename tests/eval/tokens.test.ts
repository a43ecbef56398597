import { encode, encodeChat } from 'gpt-tokenizer/encoding/o200k_harmony';
import { describe, expect, it, vi } from 'vitest';
import {
  countPromptTokens,
  formatShare,
  formatTokenCount,
  IMAGE_TOKENS,
  loadPromptTokenizer,
  promptTokenizer,
} from '@/lib/eval/tokens';

const OSS = 'openai/gpt-oss-120b';
const tokenizer = promptTokenizer(encode);
const chat = [
  { role: 'system', content: 'You are terse.' },
  { role: 'user', content: 'What is the capital of France?' },
];

describe('countPromptTokens', () => {
  it('is exact for gpt-oss: the same tokens as gpt-tokenizer frames a harmony chat', () => {
    const count = countPromptTokens(tokenizer, OSS, chat, 131_072);
    const plain = { disallowedSpecial: new Set<string>() };
    expect(count.tokens).toBe(encodeChat(chat, 'gpt-oss-120b', plain).length);
    expect(count).toMatchObject({ exact: true, method: 'o200k_harmony', contextWindow: 131_072 });
    expect(count.share).toBeCloseTo(count.tokens / 131_072);
  });

  it('estimates other models from the text alone, and says so', () => {
    const count = countPromptTokens(tokenizer, 'qwen/qwen3.8-27b', chat, 131_072);
    expect(count.tokens).toBe(
      encode('You are terse.').length + encode('What is the capital of France?').length,
    );
    expect(count).toMatchObject({ exact: false, method: 'o200k estimate' });
  });

  it('counts text parts and 2,048 tokens per image', () => {
    const parts = [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe ' },
          { type: 'image_url' },
          { type: 'text', text: 'this' },
          { type: 'image_url' },
        ],
      },
    ];
    const count = countPromptTokens(tokenizer, 'qwen/qwen3.8-27b', parts, null);
    expect(count.tokens).toBe(encode('Describe this').length + 2 * IMAGE_TOKENS);
    expect(count.share).toBeNull();
  });

  it('counts special-token look-alikes as the text a user typed, without throwing', () => {
    const count = countPromptTokens(tokenizer, OSS, [{ role: 'user', content: 'a <|end|> b' }]);
    expect(count.tokens).toBeGreaterThan(6);
  });

  it('re-encodes only text it has not seen (memo)', () => {
    const spy = vi.fn(encode);
    const memo = promptTokenizer(spy);
    countPromptTokens(memo, OSS, chat);
    const calls = spy.mock.calls.length;
    countPromptTokens(memo, OSS, [...chat, { role: 'user', content: 'More' }]);
    expect(spy.mock.calls.length).toBe(calls + 1);
  });

  it('loads the encoding on demand, once', async () => {
    const first = await loadPromptTokenizer();
    expect(await loadPromptTokenizer()).toBe(first);
    expect(first.count('hello world')).toBe(encode('hello world').length);
  });

  it('is fast enough for typing: a 20k-word prompt (timing printed, not asserted)', () => {
    const vocabulary = [
      'grader',
      'latency',
      'Paris',
      'the',
      'answer',
      'été',
      'tokens,',
      'model.',
      '42',
      '\n',
    ];
    let seed = 7;
    const words = Array.from({ length: 20_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return vocabulary[seed % vocabulary.length];
    }).join(' ');
    const fresh = promptTokenizer(encode);
    let start = performance.now();
    const cold = countPromptTokens(fresh, OSS, [{ role: 'user', content: words }]);
    const coldMs = performance.now() - start;
    start = performance.now();
    countPromptTokens(fresh, OSS, [{ role: 'user', content: `${words} x` }]);
    const keystrokeMs = performance.now() - start;
    console.log(
      `token count of a 20k-word prompt: ${cold.tokens} tokens, first ${coldMs.toFixed(1)} ms, ` +
        `after one more keystroke ${keystrokeMs.toFixed(1)} ms`,
    );
    expect(cold.tokens).toBeGreaterThan(20_000);
  });
});

describe('formatTokenCount', () => {
  it('shows exact counts plainly and estimates with ≈ and the method', () => {
    const base = { contextWindow: 131_072, share: 3_000 / 131_072 };
    expect(formatTokenCount({ ...base, tokens: 3_000, exact: true, method: 'o200k_harmony' })).toBe(
      '3,000 tokens · 2% of 131,072',
    );
    expect(formatTokenCount({ ...base, tokens: 3_000, exact: false, method: 'o200k estimate' })).toBe(
      '≈ 3,000 tokens (o200k estimate) · 2% of 131,072',
    );
    expect(
      formatTokenCount({ tokens: 1, exact: true, method: 'o200k_harmony', contextWindow: null, share: null }),
    ).toBe('1 token');
  });

  it('never rounds a non-empty prompt to 0% and flags an overflow', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.001)).toBe('< 1%');
    expect(formatShare(0.5)).toBe('50%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(1.2)).toBe('> 100%');
  });
});

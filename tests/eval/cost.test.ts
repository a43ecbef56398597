import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chatCost,
  formatCost,
  formatTotalCost,
  speechToTextCost,
  textToSpeechCost,
  totalCost,
} from '@/lib/eval/cost';

const OSS = 'openai/gpt-oss-120b';

describe('chatCost', () => {
  it('prices input and output per million tokens', () => {
    // 1M in at $0.15 + 1M out at $0.60
    expect(chatCost(OSS, { prompt_tokens: 1_000_000, completion_tokens: 1_000_000 })).toBeCloseTo(0.75, 10);
    expect(chatCost(OSS, { prompt_tokens: 1_000, completion_tokens: 500 })).toBeCloseTo(0.00045, 12);
  });

  it('bills cached tokens at half the input price, in either usage shape', () => {
    const flat = chatCost(OSS, { prompt_tokens: 1_000_000, completion_tokens: 0, cached_tokens: 400_000 });
    const groq = chatCost(OSS, {
      prompt_tokens: 1_000_000,
      completion_tokens: 0,
      prompt_tokens_details: { cached_tokens: 400_000 },
    });
    // 600k × 0.15 + 400k × 0.075
    expect(flat).toBeCloseTo(0.12, 10);
    expect(groq).toBe(flat);
  });

  it('halves everything in Batch, without stacking the cache discount', () => {
    const usage = { prompt_tokens: 1_000_000, completion_tokens: 1_000_000, cached_tokens: 1_000_000 };
    expect(chatCost(OSS, usage, { batch: true })).toBeCloseTo(0.375, 10);
  });

  it('is unknown (null), never $0, for a model without a price', () => {
    expect(chatCost('llama-3.3-70b-versatile', { prompt_tokens: 10, completion_tokens: 10 })).toBeNull();
    expect(chatCost('whisper-large-v3', { prompt_tokens: 10, completion_tokens: 10 })).toBeNull();
  });

  it('is unknown when cached tokens have no documented price, known when none were cached', () => {
    const qwen = 'qwen/qwen3.8-27b';
    expect(chatCost(qwen, { prompt_tokens: 100, completion_tokens: 0, cached_tokens: 50 })).toBeNull();
    expect(chatCost(qwen, { prompt_tokens: 1_000_000, completion_tokens: 0, cached_tokens: 0 })).toBeCloseTo(
      0.8,
    );
  });

  it('never drops below the all-cached price nor exceeds the uncached one (property)', () => {
    fc.assert(
      fc.property(fc.nat(1e7), fc.nat(1e7), fc.nat(1e7), (prompt, completion, cachedRaw) => {
        const cached = Math.min(cachedRaw, prompt);
        const cost = chatCost(OSS, {
          prompt_tokens: prompt,
          completion_tokens: completion,
          cached_tokens: cached,
        });
        const full = chatCost(OSS, { prompt_tokens: prompt, completion_tokens: completion }) as number;
        expect(cost).not.toBeNull();
        expect(cost as number).toBeLessThanOrEqual(full + 1e-12);
        expect(cost as number).toBeGreaterThanOrEqual(full / 2 - 1e-12);
      }),
    );
  });
});

describe('speech costs', () => {
  it('bills transcriptions per hour with a 10 s minimum', () => {
    expect(speechToTextCost('whisper-large-v3', 3600)).toBeCloseTo(0.111, 10);
    expect(speechToTextCost('whisper-large-v3-turbo', 2)).toBeCloseTo((10 / 3600) * 0.04, 12);
    expect(speechToTextCost('whisper-large-v3', 3600, { batch: true })).toBeCloseTo(0.0555, 10);
    expect(speechToTextCost('openai/gpt-oss-120b', 60)).toBeNull();
    expect(speechToTextCost('whisper-large-v3', Number.NaN)).toBeNull();
  });

  it('bills speech per character', () => {
    expect(textToSpeechCost('canopylabs/orpheus-v1-english', 200)).toBeCloseTo(0.0044, 10);
    expect(textToSpeechCost('canopylabs/orpheus-arabic-saudi', 1_000_000)).toBe(40);
    expect(textToSpeechCost('playai-tts', 200)).toBeNull();
  });
});

describe('formatting', () => {
  it.each([
    [null, 'price unknown'],
    [0, '$0'],
    [0.000_000_4, '< $0.000001'],
    [0.000_123, '$0.000123'],
    [0.001_234_5, '$0.00123'],
    [0.0012, '$0.0012'],
    [0.5, '$0.50'],
    [0.999_99, '$1.00'],
    [12.345, '$12.35'],
  ])('formatCost(%s) is %s', (dollars, text) => {
    expect(formatCost(dollars)).toBe(text);
  });

  it('totals known parts and says when some are unknown', () => {
    expect(formatTotalCost(totalCost([0.001, 0.0024]))).toBe('$0.0034');
    expect(formatTotalCost(totalCost([0.001, null, 0.0024]))).toBe('≥ $0.0034 (1 of 3 prices unknown)');
    expect(formatTotalCost(totalCost([0.001, null, null]))).toBe('≥ $0.001 (2 of 3 prices unknown)');
    expect(formatTotalCost(totalCost([null]))).toBe('price unknown');
    expect(formatTotalCost(totalCost([]))).toBe('$0');
    expect(totalCost([0.5, null])).toEqual({ dollars: 0.5, known: 1, unknown: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { findCatalogModel } from '@/lib/models/catalog';
import {
  BATCH_DISCOUNT,
  findModelPrice,
  MODEL_PRICES,
  PRICES_AS_OF,
  STT_MINIMUM_BILLED_SECONDS,
} from '@/lib/models/prices';

describe('the price table', () => {
  it('is dated', () => {
    expect(PRICES_AS_OF).toMatch(/^\d{4}-\d{2}$/);
  });

  it('prices only models the capability table knows, in the unit their kind is billed in', () => {
    for (const [id, price] of Object.entries(MODEL_PRICES)) {
      const model = findCatalogModel(id);
      expect(model, id).toBeDefined();
      const unit = { chat: 'tokens', guard: 'tokens', speech: 'audio-hours', tts: 'characters' }[
        model?.kind ?? 'chat'
      ];
      expect(price.kind, id).toBe(unit);
    }
  });

  it('holds the figures of the fact sheet (per million tokens, per hour, per million characters)', () => {
    expect(findModelPrice('openai/gpt-oss-120b')).toEqual({
      kind: 'tokens',
      input: 0.15,
      cachedInput: 0.075,
      output: 0.6,
      batch: true,
    });
    expect(findModelPrice('openai/gpt-oss-20b')).toMatchObject({
      input: 0.075,
      cachedInput: 0.0375,
      output: 0.3,
    });
    expect(findModelPrice('openai/gpt-oss-safeguard-20b')).toMatchObject({ input: 0.075, output: 0.3 });
    expect(findModelPrice('whisper-large-v3')).toMatchObject({ perHour: 0.111, minimumBilledSeconds: 10 });
    expect(findModelPrice('whisper-large-v3-turbo')).toMatchObject({ perHour: 0.04 });
    expect(findModelPrice('canopylabs/orpheus-v1-english')).toMatchObject({ perMillionCharacters: 22 });
    expect(findModelPrice('canopylabs/orpheus-arabic-saudi')).toMatchObject({ perMillionCharacters: 40 });
    expect(BATCH_DISCOUNT).toBe(0.5);
    expect(STT_MINIMUM_BILLED_SECONDS).toBe(10);
  });

  it('leaves undocumented prices unknown rather than zero', () => {
    expect(findModelPrice('qwen/qwen3.8-27b')).toMatchObject({ input: 0.8, output: 4, cachedInput: null });
    for (const id of ['llama-3.3-70b-versatile', 'minimaxai/minimax-m2.7', 'no/such-model', 'toString']) {
      expect(findModelPrice(id), id).toBeUndefined();
    }
    for (const price of Object.values(MODEL_PRICES)) {
      const figures = Object.values(price).filter((v): v is number => typeof v === 'number');
      for (const figure of figures) expect(figure).toBeGreaterThan(0);
    }
  });

  it('has no Batch for Orpheus (the batch endpoint takes chat and transcription lines)', () => {
    expect(findModelPrice('canopylabs/orpheus-v1-english')?.batch).toBe(false);
    expect(findModelPrice('whisper-large-v3')?.batch).toBe(true);
  });
});

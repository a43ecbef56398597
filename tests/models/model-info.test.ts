import { describe, expect, it } from 'vitest';
import { modelAvailability } from '@/lib/client/model-availability';
import { chooseGuardModel } from '@/lib/groq/models';
import { findCatalogModel, MODEL_CATALOG, RETIREMENTS } from '@/lib/models/catalog';
import { type LiveModel, mergeLiveModel, pickDefaultChatModel } from '@/lib/models/model-info';

const live = (id: string, extra: Partial<LiveModel> = {}) =>
  mergeLiveModel({ id, active: true, context_window: 131_072, ...extra }, findCatalogModel(id) !== undefined);

describe('the capability table over the live list', () => {
  it("takes the live list's limits over the table's", () => {
    const model = live('openai/gpt-oss-120b', { context_window: 100_000, max_completion_tokens: 32_000 });
    expect(model).toMatchObject({ contextWindow: 100_000, maxCompletionTokens: 32_000, inCatalog: true });
    expect(model.capabilities.builtInTools).toBe(true);
    // Without a live max, the table's applies, never above the live context window.
    expect(live('qwen/qwen3.8-27b').maxCompletionTokens).toBe(16_384);
  });

  it("carries Groq's published speed from the table (the live list has none), and none for an unknown id", () => {
    expect(live('openai/gpt-oss-120b').outputTokensPerSecond).toBe(500);
    expect(live('openai/gpt-oss-20b').outputTokensPerSecond).toBe(1000);
    expect(live('acme/brand-new-model').outputTokensPerSecond).toBeUndefined();
  });

  it('enables every control for an id it does not know, marked as unknown', () => {
    const model = live('acme/brand-new-model', { max_completion_tokens: 8_000 });
    expect(model).toMatchObject({ kind: 'chat', inCatalog: false, maxCompletionTokens: 8_000 });
    expect(model.capabilities).toMatchObject({
      tools: true,
      vision: true,
      jsonMode: true,
      builtInTools: true,
    });
    expect(model.capabilities.reasoning?.defaultEffort).toBeNull();
  });

  it('classifies by the table, not by the id: safeguard is a guard, orpheus is text to speech', () => {
    expect(live('openai/gpt-oss-safeguard-20b').kind).toBe('guard');
    expect(live('canopylabs/orpheus-v1-english').kind).toBe('tts');
    expect(live('meta-llama/llama-prompt-guard-2-86m').guard).toBe('prompt-injection');
  });

  it('starts on the first live model of the preference list, else any chat model', () => {
    expect(pickDefaultChatModel([live('qwen/qwen3.8-27b'), live('openai/gpt-oss-20b')])).toBe(
      'openai/gpt-oss-20b',
    );
    expect(pickDefaultChatModel([live('gemma2-9b-it'), live('llama-3.1-8b-instant')])).toBe(
      'llama-3.1-8b-instant',
    );
    expect(pickDefaultChatModel([live('whisper-large-v3'), live('acme/x')])).toBe('acme/x');
    expect(pickDefaultChatModel([live('whisper-large-v3')])).toBeNull();
  });

  it('names a retired id with its date and offers a live replacement', () => {
    const lineup = [live('openai/gpt-oss-120b'), live('openai/gpt-oss-20b')];
    const availability = modelAvailability('llama-3.1-8b-instant', lineup);
    expect(availability).toMatchObject({ status: 'unavailable', replacement: 'openai/gpt-oss-20b' });
    expect(availability.status === 'unavailable' && availability.message).toMatch(
      /^llama-3.1-8b-instant was retired by Groq on 2026-08-16 \(shut down for free and developer tiers/,
    );
    // A replacement that is not live either: the live default instead.
    expect(modelAvailability('qwen/qwen3.6-27b', lineup)).toMatchObject({
      replacement: 'openai/gpt-oss-120b',
    });
    expect(modelAvailability('openai/gpt-oss-20b', lineup).status).toBe('live');
    expect(modelAvailability('whisper-large-v3', [...lineup, live('whisper-large-v3')])).toMatchObject({
      status: 'unavailable',
    });
  });

  it('asks Speech to Text and Text to Speech about their own kind, retired ids and empty lineups too', () => {
    const lineup = [
      live('openai/gpt-oss-20b'),
      live('whisper-large-v3'),
      live('canopylabs/orpheus-v1-english'),
    ];
    expect(modelAvailability('whisper-large-v3', lineup, 'speech').status).toBe('live');
    const distil = modelAvailability('distil-whisper-large-v3-en', lineup, 'speech');
    expect(distil).toMatchObject({ status: 'unavailable', replacement: 'whisper-large-v3' });
    expect(distil.status === 'unavailable' && distil.message).toMatch(
      /^distil-whisper-large-v3-en was retired by Groq on 2025-08-23\..* Nothing is sent until you pick a live model\.$/,
    );
    expect(modelAvailability('playai-tts', lineup, 'tts')).toMatchObject({
      status: 'unavailable',
      replacement: 'canopylabs/orpheus-v1-english',
    });
    // The 2024 lineup serves no TTS model: nothing to offer, and the message says so.
    const tts2024 = modelAvailability('canopylabs/orpheus-v1-english', [live('llama-3.1-8b-instant')], 'tts');
    expect(tts2024).toMatchObject({ status: 'unavailable', replacement: null });
    expect(tts2024.status === 'unavailable' && tts2024.message).toContain(
      'This server lists no text-to-speech models.',
    );
    expect(modelAvailability('openai/gpt-oss-20b', lineup, 'tts')).toMatchObject({ status: 'unavailable' });
  });

  it('names a retired id the server still lists as inactive by its retirement, not as "not a chat model"', () => {
    const lineup = [live('qwen/qwen3.8-27b'), live('qwen/qwen3.6-27b', { active: false })];
    const availability = modelAvailability('qwen/qwen3.6-27b', lineup);
    expect(availability).toMatchObject({ status: 'unavailable', replacement: 'qwen/qwen3.8-27b' });
    expect(availability.status === 'unavailable' && availability.message).toMatch(
      /^qwen\/qwen3.6-27b was retired by Groq on 2026-09-14\./,
    );
  });

  it("offers a live vision model for a retired vision model when Groq's replacements are not served", () => {
    const lineup2024 = [live('llama-3.1-8b-instant'), live('llama-3.2-11b-vision-preview')];
    expect(modelAvailability('llava-v1.5-7b-4096-preview', lineup2024)).toMatchObject({
      status: 'unavailable',
      replacement: 'llama-3.2-11b-vision-preview',
    });
    // A text model still gets the default.
    expect(modelAvailability('gemma-7b-it', lineup2024)).toMatchObject({
      replacement: 'llama-3.1-8b-instant',
    });
  });

  it('keeps "Groq names no replacement" for a model shut down without one', () => {
    const compound = modelAvailability('groq/compound', [live('openai/gpt-oss-120b')]);
    expect(compound.status === 'unavailable' && compound.message).toContain('Groq names no replacement.');
  });

  it('has retirement data for every retired model it describes, and no duplicate ids', () => {
    const ids = MODEL_CATALOG.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const retired = new Set(RETIREMENTS.map((r) => r.id));
    expect(retired.has('llama-guard-3-8b')).toBe(true);
    for (const r of RETIREMENTS) expect(r.shutdownDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the guard model', () => {
  it('is GUARD_MODEL when live, else the first live preferred guard, else unavailable with a reason', () => {
    const today = [live('openai/gpt-oss-120b'), live('openai/gpt-oss-safeguard-20b')];
    expect(chooseGuardModel(today, undefined)).toEqual({
      model: 'openai/gpt-oss-safeguard-20b',
      reason: null,
    });
    expect(chooseGuardModel([...today, live('llama-guard-3-8b')], undefined).model).toBe('llama-guard-3-8b');
    expect(chooseGuardModel(today, 'acme/guard').reason).toMatch(/GUARD_MODEL acme\/guard is not offered/);
    expect(chooseGuardModel([live('openai/gpt-oss-120b')], undefined)).toMatchObject({ model: null });
  });
});

describe('servers that report no max_completion_tokens (2024-era)', () => {
  it('use the limit the 2024 docs gave, and the live figure whenever there is one', () => {
    expect(live('llama-3.1-8b-instant').maxCompletionTokens).toBe(8_192);
    expect(live('llama-3.1-8b-instant', { max_completion_tokens: 131_072 }).maxCompletionTokens).toBe(
      131_072,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findCatalogModel, inferModel, MODEL_CATALOG } from '@/lib/models/catalog';
import { TTS_MODELS } from '@/lib/models/tts';
import { parseChatRequestText } from '@/lib/rules/parse-chat-request';
import { DEFAULT_TTS_OPTIONS, isTtsModelId } from '@/lib/tts/defaults';
import { planTtsRequests, ttsFileName, ttsRequestFor } from '@/lib/tts/options';
import { parseTtsRequest } from '@/lib/tts/schema';

const options = (patch: Partial<typeof DEFAULT_TTS_OPTIONS> = {}) => ({ ...DEFAULT_TTS_OPTIONS, ...patch });

describe('TTS models in the catalog', () => {
  it('lists both Orpheus models as kind tts, and no other', () => {
    expect(MODEL_CATALOG.filter((m) => m.kind === 'tts').map((m) => m.id)).toEqual(
      TTS_MODELS.map((m) => m.id),
    );
    expect(findCatalogModel('canopylabs/orpheus-arabic-saudi')).toMatchObject({
      kind: 'tts',
      contextWindow: 4000,
    });
  });

  it('recognises TTS ids the table lacks, and nothing else', () => {
    expect(isTtsModelId('canopylabs/orpheus-v1-english')).toBe(true);
    expect(isTtsModelId('canopylabs/orpheus-v2-german')).toBe(true);
    expect(inferModel('acme-tts-1', undefined).kind).toBe('tts');
    expect(isTtsModelId('whisper-large-v3')).toBe(false);
    expect(isTtsModelId('llama-3.1-8b-instant')).toBe(false);
    expect(isTtsModelId('distilled-attstyle')).toBe(false);
  });

  it('refuses a chat request to a TTS model', () => {
    const parsed = parseChatRequestText(
      JSON.stringify({ model: 'canopylabs/orpheus-v1-english', messages: [{ role: 'user', content: 'Hi' }] }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/text-to-speech model/);
  });
});

describe('planTtsRequests', () => {
  it('makes one request per piece with exactly the fields the model takes', () => {
    const plan = planTtsRequests(
      options({ voice: 'troy', text: '  Hello there.  ', speed: 2, sampleRate: 48000 }),
    );
    expect(plan).toEqual({
      ok: true,
      requests: [
        {
          model: 'canopylabs/orpheus-v1-english',
          input: 'Hello there.',
          voice: 'troy',
          response_format: 'wav',
        },
      ],
    });
  });

  it('splits long text into pieces the route accepts', () => {
    const text = Array.from(
      { length: 12 },
      (_, i) => `Sentence ${i} is here to make the text long enough.`,
    ).join(' ');
    const plan = planTtsRequests(options({ text }));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.requests.length).toBeGreaterThan(2);
    for (const request of plan.requests) expect(parseTtsRequest(request).ok).toBe(true);
    expect(plan.requests.map((r) => r.input).join(' ')).toBe(text);
  });

  it('refuses empty text and a voice the model lacks, saying which voices it has', () => {
    expect(planTtsRequests(options({ text: ' \n ' }))).toEqual({
      ok: false,
      field: 'text',
      message: 'Enter some text to speak: the text is empty.',
    });
    const plan = planTtsRequests(
      options({ model: 'canopylabs/orpheus-arabic-saudi', voice: 'troy', text: 'مرحبا' }),
    );
    expect(plan).toMatchObject({ ok: false, field: 'voice' });
    if (!plan.ok) expect(plan.message).toContain('abdullah, fahad, sultan, lulwa, noura, aisha');
  });

  it('passes a model only the live list knows with the basics, for Groq to judge', () => {
    expect(ttsRequestFor(options({ model: 'acme-tts-1', voice: 'nova' }), 'Hi')).toEqual({
      model: 'acme-tts-1',
      input: 'Hi',
      voice: 'nova',
      response_format: 'wav',
    });
  });
});

describe('ttsFileName', () => {
  it('names the file after the first whole words of the text, in any script', () => {
    expect(ttsFileName('Hello there, how are you?')).toBe('hello-there-how-are-you.wav');
    expect(ttsFileName('[cheerful] Good morning!')).toBe('good-morning.wav');
    expect(ttsFileName('مرحبا بكم في الرياض')).toBe('مرحبا-بكم-في-الرياض.wav');
    expect(ttsFileName('one two three four', 'wav', 9)).toBe('one-two.wav');
    expect(ttsFileName('?!')).toBe('speech.wav');
  });
});

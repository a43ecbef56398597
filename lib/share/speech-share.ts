/**
 * Share links for Speech mode: the Speech to Text and Text to Speech options (never the audio, never
 * the key), compressed into the fragment as `#speech=…`. Kept apart from the playground's `#s=` links,
 * whose versioned schema describes a chat; opening one only fills Speech mode's fields.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import { TTS_RESPONSE_FORMATS, TTS_SAMPLE_RATES, TTS_SPEED_RANGE } from '../models/tts';
import { RESPONSE_FORMATS, SPEECH_TASKS } from '../stt/formats';
import type { SttOptions } from '../stt/options';
import type { TtsOptions } from '../tts/defaults';
import { decompressBounded } from './bounded-decompress';
import { SPEECH_SHARE_PARAM } from './speech-payload';

export { SPEECH_SHARE_PARAM, speechSharePayload } from './speech-payload';

/** Plenty for a long text to speak (it is split into 200-character requests), small enough for a link. */
export const SPEECH_SHARE_MAX_TEXT = 20_000;
const MAX_JSON_CHARS = 256 * 1024;

const modelId = z.string().trim().min(1).max(200);

const sharedStt = z.strictObject({
  model: modelId,
  task: z.enum(SPEECH_TASKS),
  language: z.string().max(16),
  prompt: z.string().max(10_000),
  responseFormat: z.enum(RESPONSE_FORMATS),
  temperature: z.number().min(0).max(1),
});

const sharedTts = z.strictObject({
  model: modelId,
  voice: z.string().max(100),
  text: z.string().max(SPEECH_SHARE_MAX_TEXT),
  responseFormat: z.enum(TTS_RESPONSE_FORMATS),
  sampleRate: z.union(TTS_SAMPLE_RATES.map((rate) => z.literal(rate))).nullable(),
  speed: z.number().min(TTS_SPEED_RANGE.min).max(TTS_SPEED_RANGE.max),
  gapMs: z.int().min(0).max(10_000),
});

export const sharedSpeech = z.strictObject({
  v: z.literal(1),
  /** Which workbench was open: Speech to Text or Text to Speech. */
  workbench: z.enum(['stt', 'tts']),
  stt: sharedStt,
  tts: sharedTts,
});

export type SharedSpeech = z.infer<typeof sharedSpeech>;

/** What a link carries from the store's Speech mode state (the options only: no audio, no results). */
export function speechShareState(stt: SttOptions, tts: TtsOptions, workbench: 'stt' | 'tts'): SharedSpeech {
  return {
    v: 1,
    workbench,
    stt: {
      model: stt.model,
      task: stt.task,
      language: stt.language,
      prompt: stt.prompt,
      responseFormat: stt.responseFormat,
      temperature: stt.temperature,
    },
    tts: {
      model: tts.model,
      voice: tts.voice,
      text: tts.text,
      responseFormat: tts.responseFormat,
      sampleRate: tts.sampleRate,
      speed: tts.speed,
      gapMs: tts.gapMs,
    },
  };
}

export function speechShareUrl(base: string, state: SharedSpeech): string {
  const url = new URL(base);
  url.search = '';
  url.hash = `${SPEECH_SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(state))}`;
  return url.toString();
}

export type SpeechDecodeResult = { ok: true; state: SharedSpeech } | { ok: false; message: string };

export function decodeSpeechShare(payload: string): SpeechDecodeResult {
  const damaged = 'This Speech link is damaged or incomplete (it may have been cut off when it was copied).';
  const tooLarge = 'This Speech link is too large to open; links made by Share stay well below that.';
  // Measured before decompressing: what a crafted payload expands to can grow with the square of its length.
  if (payload.length > MAX_JSON_CHARS) return { ok: false, message: tooLarge };
  const decompressed = decompressBounded(payload, MAX_JSON_CHARS);
  if (!decompressed.ok) {
    return decompressed.reason === 'damaged'
      ? { ok: false, message: damaged }
      : { ok: false, message: tooLarge };
  }
  let data: unknown;
  try {
    data = JSON.parse(decompressed.text);
  } catch {
    return { ok: false, message: damaged };
  }
  const parsed = sharedSpeech.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'link';
    return {
      ok: false,
      message: `This Speech link contains invalid data (${where}: ${issue?.message ?? 'unknown'}).`,
    };
  }
  return { ok: true, state: parsed.data };
}

/** The Text to Speech panel's options and how they become requests: pure, shared by store, UI and View code. */
import { findTtsModel, findVoice, TTS_SPEED_RANGE } from '../models/tts';
import type { TtsOptions } from './defaults';
import {
  EMPTY_INPUT_MESSAGE,
  parseTtsRequest,
  type TtsRequest,
  ttsBody,
  unknownVoiceMessage,
} from './schema';
import { splitTtsText } from './split';

/** How many pieces of text run at once: Groq's free plan allows 10 TTS requests a minute. */
export const TTS_CONCURRENCY = 2;

/** The body for one piece: only the fields the model takes (an unknown model gets the basics). */
export function ttsRequestFor(options: TtsOptions, input: string): TtsRequest {
  const model = findTtsModel(options.model);
  const request: TtsRequest = { model: options.model, input, voice: options.voice };
  request.response_format =
    !model || model.responseFormats.includes(options.responseFormat)
      ? options.responseFormat
      : model.responseFormats[0];
  if (
    model?.sampleRates.length &&
    options.sampleRate !== null &&
    model.sampleRates.includes(options.sampleRate)
  ) {
    request.sample_rate = options.sampleRate;
  }
  if (model?.speed && options.speed !== TTS_SPEED_RANGE.default) request.speed = options.speed;
  return ttsBody(request);
}

export type TtsPlan =
  | { ok: true; requests: TtsRequest[] }
  | { ok: false; message: string; field: 'text' | 'voice' };

/**
 * What Generate would send: the text split into pieces of at most 200 characters, one request each,
 * each checked with the route's own schema. Empty text or a voice the model lacks is refused here.
 */
export function planTtsRequests(options: TtsOptions): TtsPlan {
  const pieces = splitTtsText(options.text);
  if (pieces.length === 0) return { ok: false, message: EMPTY_INPUT_MESSAGE, field: 'text' };
  const model = findTtsModel(options.model);
  if (model && !findVoice(model, options.voice)) {
    return { ok: false, message: unknownVoiceMessage(model, options.voice), field: 'voice' };
  }
  if (options.voice.trim() === '') return { ok: false, message: 'Choose a voice.', field: 'voice' };
  const requests: TtsRequest[] = [];
  for (const piece of pieces) {
    const parsed = parseTtsRequest(ttsRequestFor(options, piece));
    if (!parsed.ok) return { ok: false, message: parsed.error.message, field: 'text' };
    requests.push(parsed.data);
  }
  return { ok: true, requests };
}

/** A download name from the text's first whole words: "hello-there-how-are-you.wav" (any script). */
export function ttsFileName(text: string, extension = 'wav', maxLength = 50): string {
  const words = text
    .replace(/\[[^[\]]*\]/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (Array.from(next).length > maxLength) break;
    slug = next;
  }
  if (!slug && words[0]) slug = Array.from(words[0]).slice(0, maxLength).join('');
  return `${slug || 'speech'}.${extension}`;
}

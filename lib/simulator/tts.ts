/**
 * POST /openai/v1/audio/speech: Groq's text to speech (Orpheus). JSON in, a WAV out whose length grows
 * with the text: a speech-like synthetic signal (a voiced, pitch-gliding buzz per syllable, pauses
 * between words and longer ones at punctuation), pitched by the voice's gender. Refuses what Groq
 * refuses: unknown models (404), non-TTS models, unknown voices, empty or over-long input (400).
 */

import {
  findTtsModel,
  findVoice,
  TTS_RESPONSE_FORMATS,
  TTS_SAMPLE_RATES,
  TTS_SPEED_RANGE,
  type TtsModel,
  type TtsVoice,
  ttsInputLength,
} from '../models/tts';
import { encodePcm16Wav } from '../tts/wav';
import {
  fieldError,
  invalidRequest,
  modelNotFound,
  modelTermsRequired,
  rateLimited,
  serverError,
  unparsableJson,
} from './errors';
import type { RouteContext } from './http';
import { groqHeaders, markAborted, sleep } from './http';
import { findEraModel, type SimulatorEra } from './lineups';
import { parseTriggers, stripTriggers } from './triggers';

/** Orpheus generates 24 kHz audio. */
export const SPEECH_SAMPLE_RATE = 24_000;

const SYLLABLE_SECONDS = 0.16;
const WORD_GAP_SECONDS = 0.05;
const CLAUSE_PAUSE_SECONDS = 0.18;
const SENTENCE_PAUSE_SECONDS = 0.32;
const EDGE_SECONDS = 0.1;

type Segment = { kind: 'voiced'; seconds: number; pitch: number } | { kind: 'pause'; seconds: number };

function syllables(word: string): number {
  const vowels = word.toLowerCase().match(/[aeiouyاوىيأإآ]+/gu)?.length ?? 0;
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  return Math.max(1, vowels || Math.ceil(letters / 3));
}

/** The spoken plan for a text: directions and triggers are performed, not read, so they add no sound. */
export function speechPlan(text: string, voice: TtsVoice): Segment[] {
  const base = voice.gender === 'female' ? 210 : 118;
  const shift = [...voice.id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 25;
  const spoken = stripTriggers(text).replace(/\[[^[\]]*\]/g, ' ');
  const plan: Segment[] = [{ kind: 'pause', seconds: EDGE_SECONDS }];
  for (const word of spoken.split(/\s+/).filter(Boolean)) {
    const count = syllables(word);
    for (let i = 0; i < count; i++) {
      plan.push({ kind: 'voiced', seconds: SYLLABLE_SECONDS, pitch: base + shift + (i % 2 === 0 ? 8 : -6) });
    }
    const pause = /[.!?؟…]["')\]]*$/u.test(word)
      ? SENTENCE_PAUSE_SECONDS
      : /[,;:،؛]$/u.test(word)
        ? CLAUSE_PAUSE_SECONDS
        : WORD_GAP_SECONDS;
    plan.push({ kind: 'pause', seconds: pause });
  }
  plan.push({ kind: 'pause', seconds: EDGE_SECONDS });
  return plan;
}

/** Renders a plan as 16-bit PCM mono: a few harmonics under a raised-cosine envelope per syllable. */
export function synthesizeSpeech(text: string, voice: TtsVoice, sampleRate = SPEECH_SAMPLE_RATE): Uint8Array {
  const plan = speechPlan(text, voice);
  const total = plan.reduce((sum, s) => sum + Math.round(s.seconds * sampleRate), 0);
  const samples = new Float32Array(total);
  let at = 0;
  for (const segment of plan) {
    const length = Math.round(segment.seconds * sampleRate);
    if (segment.kind === 'voiced') {
      let phase = 0;
      for (let i = 0; i < length; i++) {
        const t = i / length;
        const pitch = segment.pitch * (1 + 0.06 * (0.5 - t)); // a slight fall, as in speech
        phase += (2 * Math.PI * pitch) / sampleRate;
        const envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * t);
        const tone = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
        samples[at + i] = 0.3 * envelope * tone;
      }
    }
    at += length;
  }
  return encodePcm16Wav(samples, sampleRate);
}

interface SpeechBody {
  model?: unknown;
  input?: unknown;
  voice?: unknown;
  response_format?: unknown;
  sample_rate?: unknown;
  speed?: unknown;
}

async function readBody(ctx: RouteContext): Promise<SpeechBody> {
  const text = await ctx.request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    ctx.log.body = text;
    throw unparsableJson();
  }
  ctx.log.body = body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest("'body' : value must be an object");
  }
  return body as SpeechBody;
}

function checkModel(body: SpeechBody, era: SimulatorEra): TtsModel {
  if (body.model === undefined) throw fieldError('model', "property 'model' is missing");
  if (typeof body.model !== 'string') throw fieldError('model', 'value must be a string');
  const catalog = findEraModel(era, body.model);
  if (!catalog) throw modelNotFound(body.model);
  const model = findTtsModel(body.model);
  if (!model) {
    throw invalidRequest(
      `The model \`${body.model}\` does not support text to speech; use a TTS model such as \`canopylabs/orpheus-v1-english\`.`,
    );
  }
  return model;
}

function checkInput(body: SpeechBody, model: TtsModel): string {
  if (body.input === undefined) throw fieldError('input', "property 'input' is missing");
  if (typeof body.input !== 'string') throw fieldError('input', 'value must be a string');
  const length = ttsInputLength(body.input);
  if (body.input.trim() === '') throw fieldError('input', 'value must not be empty');
  if (length > model.maxInputChars) {
    throw invalidRequest(
      `'input' : the input is ${length} characters long; \`${model.id}\` accepts at most ${model.maxInputChars} characters per request. Split longer text into several requests.`,
    );
  }
  return body.input;
}

function checkVoice(body: SpeechBody, model: TtsModel): TtsVoice {
  if (body.voice === undefined) throw fieldError('voice', "property 'voice' is missing");
  if (typeof body.voice !== 'string') throw fieldError('voice', 'value must be a string');
  const voice = findVoice(model, body.voice);
  if (!voice) {
    throw invalidRequest(
      `'voice' : \`${body.voice}\` is not a valid voice for \`${model.id}\`; available voices: ${model.voices.map((v) => v.id).join(', ')}`,
    );
  }
  return voice;
}

/** Format, sample rate and speed: the SDK's ranges, and only WAV from Orpheus (its page's word). */
function checkOptions(body: SpeechBody, model: TtsModel): void {
  const format = body.response_format;
  if (format !== undefined) {
    if (typeof format !== 'string' || !(TTS_RESPONSE_FORMATS as readonly string[]).includes(format)) {
      throw fieldError('response_format', `value must be one of ${TTS_RESPONSE_FORMATS.join(', ')}`);
    }
    if (!(model.responseFormats as readonly string[]).includes(format)) {
      throw invalidRequest(
        `'response_format' : \`${format}\` is not supported by \`${model.id}\`; supported: ${model.responseFormats.join(', ')}`,
      );
    }
  }
  const rate = body.sample_rate;
  if (rate !== undefined && !(TTS_SAMPLE_RATES as readonly unknown[]).includes(rate)) {
    throw fieldError('sample_rate', `value must be one of ${TTS_SAMPLE_RATES.join(', ')}`);
  }
  const speed = body.speed;
  if (speed !== undefined) {
    if (typeof speed !== 'number' || !Number.isFinite(speed))
      throw fieldError('speed', 'value must be a number');
    if (speed < TTS_SPEED_RANGE.min)
      throw fieldError('speed', `number must be at least ${TTS_SPEED_RANGE.min}`);
    if (speed > TTS_SPEED_RANGE.max)
      throw fieldError('speed', `number must be at most ${TTS_SPEED_RANGE.max}`);
  }
}

export async function handleSpeech(ctx: RouteContext): Promise<Response> {
  const body = await readBody(ctx);
  const model = checkModel(body, ctx.options.era);
  ctx.log.model = model.id;
  const input = checkInput(body, model);
  const voice = checkVoice(body, model);
  checkOptions(body, model);

  const triggers = parseTriggers(input, '', ctx.options.slowFirstTokenMs);
  if (triggers.terms) throw modelTermsRequired(model.id);
  if (triggers.status === 429) throw rateLimited(model.id, triggers.retryAfter ?? 7, ctx.options.limitTokens);
  if (triggers.status) throw serverError(triggers.status);

  const wav = synthesizeSpeech(input, voice);
  // Orpheus on Groq answers in a fraction of real time; a few ms per character is enough to see.
  const processingMs = ctx.options.tokensPerSecond > 0 ? Math.min(1500, 40 + ttsInputLength(input) * 2) : 0;
  if (!(await sleep(processingMs + (triggers.slowMs ?? 0), ctx.request.signal))) markAborted(ctx.log);
  ctx.log.status = 200;
  ctx.log.completedAt = Date.now();
  return new Response(wav as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: groqHeaders(ctx, { 'content-type': 'audio/wav', 'content-length': String(wav.length) }),
  });
}

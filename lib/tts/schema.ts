/**
 * The body of one text-to-speech request (`POST /api/tts`, Groq's `/audio/speech`): one zod
 * schema used by the browser before sending each piece and by the route before calling Groq, so a
 * refusal reads the same wherever it happens. Models the table knows are checked against it (voice,
 * format, sample rate, speed); an id only the live list knows is passed through for Groq to judge.
 */
import { z } from 'zod';
import { invalidRequest, type PlaygroundError } from '../errors';
import { findCatalogModel } from '../models/catalog';
import {
  DEFAULT_TTS_MODEL,
  findTtsModel,
  findVoice,
  TTS_MAX_INPUT_CHARS,
  TTS_RESPONSE_FORMATS,
  TTS_SAMPLE_RATES,
  TTS_SPEED_RANGE,
  type TtsModel,
  ttsInputLength,
} from '../models/tts';
import { issueToError } from '../schema/validation-message';

export function voiceList(model: TtsModel): string {
  return model.voices.map((v) => v.id).join(', ');
}

export function unknownVoiceMessage(model: TtsModel, voice: string): string {
  return `“${voice}” is not a voice of ${model.name} (${model.id}). Choose one of: ${voiceList(model)}.`;
}

export function inputTooLongMessage(length: number, max = TTS_MAX_INPUT_CHARS): string {
  return `The text is ${length} characters; Groq's text-to-speech takes at most ${max} characters per request.`;
}

export const EMPTY_INPUT_MESSAGE = 'Enter some text to speak: the text is empty.';

export const ttsRequestSchema = z
  .object({
    model: z.string().trim().min(1),
    input: z.string().trim(),
    voice: z.string().trim().min(1),
    response_format: z.enum(TTS_RESPONSE_FORMATS).optional(),
    sample_rate: z.literal(TTS_SAMPLE_RATES).optional(),
    speed: z.number().min(TTS_SPEED_RANGE.min).max(TTS_SPEED_RANGE.max).optional(),
  })
  .strict()
  .superRefine((request, ctx) => {
    const refuse = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    const length = ttsInputLength(request.input);
    if (length === 0) return refuse(EMPTY_INPUT_MESSAGE, 'input');
    const known = findCatalogModel(request.model);
    if (known && known.kind !== 'tts') {
      return refuse(
        `The model \`${request.model}\` is not a text-to-speech model; use a text-to-speech model such as \`${DEFAULT_TTS_MODEL}\`.`,
        'model',
      );
    }
    const model = findTtsModel(request.model);
    const max = model?.maxInputChars ?? TTS_MAX_INPUT_CHARS;
    if (length > max) return refuse(inputTooLongMessage(length, max), 'input');
    if (!model) return;
    if (!findVoice(model, request.voice)) return refuse(unknownVoiceMessage(model, request.voice), 'voice');
    if (request.response_format && !model.responseFormats.includes(request.response_format)) {
      refuse(
        `${model.name} returns ${model.responseFormats.join(', ')} only; \`${request.response_format}\` is not available.`,
        'response_format',
      );
    }
    if (request.sample_rate !== undefined && !(model.sampleRates as number[]).includes(request.sample_rate)) {
      refuse(`${model.name} does not take a sample_rate; leave it out.`, 'sample_rate');
    }
    if (request.speed !== undefined && !model.speed) {
      refuse(`${model.name} does not take a speed; leave it out.`, 'speed');
    }
  });

export type TtsRequest = z.output<typeof ttsRequestSchema>;
export type TtsRequestInput = z.input<typeof ttsRequestSchema>;

export type TtsParseResult = { ok: true; data: TtsRequest } | { ok: false; error: PlaygroundError };

/** Validates a body; the first problem becomes one error (custom checks keep their plain wording). */
export function parseTtsRequest(input: unknown): TtsParseResult {
  const result = ttsRequestSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  if (issue?.code === 'custom') {
    const field = String(issue.path[0] ?? 'body');
    return { ok: false, error: invalidRequest(issue.message, `invalid_${field}`) };
  }
  return { ok: false, error: issueToError(result.error.issues, input) };
}

/** Groq's fields in the docs' order, without unset ones (what is sent, logged and shown in View code). */
export function ttsBody(request: TtsRequest): TtsRequest {
  const body: TtsRequest = { model: request.model, input: request.input, voice: request.voice };
  if (request.response_format !== undefined) body.response_format = request.response_format;
  if (request.sample_rate !== undefined) body.sample_rate = request.sample_rate;
  if (request.speed !== undefined) body.speed = request.speed;
  return body;
}

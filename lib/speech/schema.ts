/**
 * The speech request: one zod schema used by the browser (before uploading) and by the audio route
 * handlers (after `request.formData()`), so a refusal reads the same wherever it happens.
 */
import { z } from 'zod';
import { invalidRequest, type PlaygroundError } from '../errors';
import { findCatalogModel } from '../models/catalog';
import { issueToError } from '../schema/validation-message';
import {
  AUDIO_EXTENSIONS,
  AUDIO_MIME_TYPE,
  fileExtension,
  formatBytes,
  MAX_AUDIO_BYTES,
  RESPONSE_FORMATS,
  SPEECH_TASKS,
  type SpeechTask,
} from './formats';
import { isSpeechLanguage } from './languages';

export interface AudioFileFacts {
  name: string;
  size: number;
  type: string;
}

export interface AudioRefusal {
  status: 400 | 413;
  code: string | null;
  message: string;
}

const MB = 1024 * 1024;

/** Why Groq would refuse this file (too large, empty, not audio), or null when it is acceptable. */
export function checkAudioFile(file: AudioFileFacts, maxBytes = MAX_AUDIO_BYTES): AudioRefusal | null {
  if (file.size > maxBytes) {
    return {
      status: 413,
      code: 'request_too_large',
      message: `Request Entity Too Large: the audio file is ${formatBytes(file.size)} (max ${Math.round(maxBytes / MB)} MB).`,
    };
  }
  if (file.size === 0) {
    return {
      status: 400,
      code: null,
      message: 'The audio file is empty. Please upload a non-empty audio file.',
    };
  }
  const ext = fileExtension(file.name);
  const ok = ext ? (AUDIO_EXTENSIONS as readonly string[]).includes(ext) : AUDIO_MIME_TYPE.test(file.type);
  if (!ok) {
    const what = ext ? `.${ext}` : file.type || 'no extension or type';
    return {
      status: 400,
      code: null,
      message: `Unsupported file type (${what}): file must be one of the following types: [${AUDIO_EXTENSIONS.join(' ')}]`,
    };
  }
  return null;
}

function isFile(value: unknown): value is File {
  return typeof File !== 'undefined' && value instanceof File;
}

/** Empty form fields mean "not sent". */
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const speechRequestSchema = z
  .object({
    task: z.enum(SPEECH_TASKS),
    file: z.custom<File>(isFile, { message: 'value must be a file' }),
    model: z.string().trim().min(1),
    language: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
      z.string().optional(),
    ),
    prompt: optionalText,
    response_format: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(RESPONSE_FORMATS).default('json'),
    ),
    temperature: z.preprocess(
      (v) => (v === '' || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v),
      z.number().min(0).max(1).optional(),
    ),
  })
  .superRefine((request, ctx) => {
    const plain = (message: string, status = 400, code: string | null = null) =>
      ctx.addIssue({ code: 'custom', message, path: [], params: { plain: true, status, code } });
    const model = findCatalogModel(request.model);
    const endpoint = request.task === 'translate' ? 'translations' : 'transcriptions';
    // Unknown ids pass through: Groq knows models this catalog does not.
    if (model && (model.kind !== 'speech' || !model.speech)) {
      return plain(
        `The model \`${model.id}\` does not support audio ${endpoint}; use a speech-to-text model such as \`whisper-large-v3\`.`,
      );
    }
    if (model?.speech && request.task === 'translate' && !model.speech.translation) {
      return plain(
        `The model \`${model.id}\` does not support translation. Use \`whisper-large-v3\` instead.`,
      );
    }
    const refusal = checkAudioFile(request.file, model?.speech?.maxFileBytes);
    if (refusal) return plain(refusal.message, refusal.status, refusal.code);
    if (request.language !== undefined) {
      if (request.task === 'translate') {
        return ctx.addIssue({
          code: 'custom',
          message: 'Translations are always into English; do not send a language.',
          path: ['language'],
        });
      }
      if (model?.speech && !model.speech.multilingual) {
        return plain(`The model \`${model.id}\` is English-only and does not accept a \`language\`.`);
      }
      if (!isSpeechLanguage(request.language)) {
        ctx.addIssue({
          code: 'custom',
          message: 'value must be a valid ISO-639-1 language code',
          path: ['language'],
        });
      }
    }
  });

export type SpeechRequestInput = z.input<typeof speechRequestSchema>;
export type SpeechRequest = z.output<typeof speechRequestSchema>;

export type SpeechParseResult = { ok: true; data: SpeechRequest } | { ok: false; error: PlaygroundError };

/** Validates the fields; the first problem becomes one error in Groq's wording. */
export function parseSpeechRequest(input: Record<string, unknown>): SpeechParseResult {
  const result = speechRequestSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  if (issue?.code === 'custom') {
    const params = issue.params as { plain?: boolean; status?: number; code?: string | null } | undefined;
    if (params?.plain) {
      return { ok: false, error: invalidRequest(issue.message, params.code ?? null, params.status ?? 400) };
    }
  }
  if (issue?.path[0] === 'file' && input.file === undefined) {
    return { ok: false, error: invalidRequest("'file' : property 'file' is missing") };
  }
  return { ok: false, error: issueToError(result.error.issues, input) };
}

/** The multipart body of `/api/audio/*` (Groq's fields; the task comes from the route). */
export function parseSpeechForm(form: FormData, task: SpeechTask): SpeechParseResult {
  const input: Record<string, unknown> = { task };
  for (const [key, value] of form.entries()) {
    if (key === 'file') {
      // The first file wins; a text field named `file` is reported as "must be a file".
      if (input.file === undefined || (!isFile(input.file) && isFile(value))) input.file = value;
    } else if (key !== 'task' && !(key in input)) {
      input[key] = value;
    }
  }
  return parseSpeechRequest(input);
}

/** The multipart body the browser sends (and View code mirrors): only fields that are set. */
export function toSpeechFormData(request: SpeechRequest): FormData {
  const form = new FormData();
  form.append('file', request.file, request.file.name);
  form.append('model', request.model);
  for (const [key, value] of Object.entries(speechFields(request))) {
    if (key !== 'model') form.append(key, String(value));
  }
  return form;
}

/** Groq's fields other than the file, in the order the docs list them, without unset ones. */
export function speechFields(request: Omit<SpeechRequest, 'file'>): Record<string, string | number> {
  const fields: Record<string, string | number> = { model: request.model };
  if (request.language !== undefined && request.task === 'transcribe') fields.language = request.language;
  if (request.prompt !== undefined) fields.prompt = request.prompt;
  fields.response_format = request.response_format;
  if (request.temperature !== undefined) fields.temperature = request.temperature;
  return fields;
}

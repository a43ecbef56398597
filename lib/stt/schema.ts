/**
 * The speech request: one zod schema used by the browser (before uploading) and by the audio route
 * handlers (after `request.formData()`), so a refusal reads the same wherever it happens.
 */
import { z } from 'zod';
import { invalidRequest, type PlaygroundError } from '../errors';
import { findCatalogModel } from '../models/catalog';
import { issueToError } from '../schema/validation-message';
import { checkAudioFile } from './audio-file';
import { RESPONSE_FORMATS, SPEECH_TASKS, type SttTask } from './formats';
import { isSttLanguage } from './languages';

function isFile(value: unknown): value is File {
  return typeof File !== 'undefined' && value instanceof File;
}

/** Empty form fields mean "not sent". */
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const sttRequestSchema = z
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
      if (!isSttLanguage(request.language)) {
        ctx.addIssue({
          code: 'custom',
          message: 'value must be a valid ISO-639-1 language code',
          path: ['language'],
        });
      }
    }
  });

export type SttRequestInput = z.input<typeof sttRequestSchema>;
export type SttRequest = z.output<typeof sttRequestSchema>;

export type SttParseResult = { ok: true; data: SttRequest } | { ok: false; error: PlaygroundError };

/** Validates the fields; the first problem becomes one error in Groq's wording. */
export function parseSttRequest(input: Record<string, unknown>): SttParseResult {
  const result = sttRequestSchema.safeParse(input);
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

/** The multipart body of `/api/stt/*` (Groq's fields; the task comes from the route). */
export function parseSttForm(form: FormData, task: SttTask): SttParseResult {
  const input: Record<string, unknown> = { task };
  for (const [key, value] of form.entries()) {
    if (key === 'file') {
      // The first file wins; a text field named `file` is reported as "must be a file".
      if (input.file === undefined || (!isFile(input.file) && isFile(value))) input.file = value;
    } else if (key !== 'task' && !(key in input)) {
      input[key] = value;
    }
  }
  return parseSttRequest(input);
}

/** The multipart body the browser sends (and View code mirrors): only fields that are set. */
export function toSttFormData(request: SttRequest): FormData {
  const form = new FormData();
  form.append('file', request.file, request.file.name);
  form.append('model', request.model);
  for (const [key, value] of Object.entries(sttFields(request))) {
    if (key !== 'model') form.append(key, String(value));
  }
  return form;
}

/** Groq's fields other than the file, in the order the docs list them, without unset ones. */
export function sttFields(request: Omit<SttRequest, 'file'>): Record<string, string | number> {
  const fields: Record<string, string | number> = { model: request.model };
  if (request.language !== undefined && request.task === 'transcribe') fields.language = request.language;
  if (request.prompt !== undefined) fields.prompt = request.prompt;
  fields.response_format = request.response_format;
  if (request.temperature !== undefined) fields.temperature = request.temperature;
  return fields;
}

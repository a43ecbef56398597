/** POST /openai/v1/audio/transcriptions and /openai/v1/audio/translations (multipart/form-data). */

import { fieldError, invalidRequest, modelNotFound, rateLimited, serverError, tooLarge } from './errors';
import type { RouteContext } from './http';
import { groqHeaders, jsonResponse, markAborted, readMultipart, sleep } from './http';
import { findEraModel } from './lineups';
import type { MultipartLogBody } from './log';
import { audioDurationSeconds, languageName, transcribe, WHISPER_LANGUAGES } from './transcript';
import { parseTriggers } from './triggers';

export const AUDIO_EXTENSIONS = ['flac', 'mp3', 'mp4', 'mpeg', 'mpga', 'm4a', 'ogg', 'wav', 'webm'] as const;
const AUDIO_MIME =
  /^(audio\/(flac|x-flac|mpeg|mp3|mp4|m4a|x-m4a|ogg|wav|x-wav|wave|webm|mpga)|video\/(mp4|mpeg|webm))$/i;
const RESPONSE_FORMATS = ['json', 'text', 'verbose_json'];
/** Real-time speed factors from the Speech docs, used to simulate processing time. */
const SPEED_FACTOR: Record<string, number> = {
  'whisper-large-v3': 189,
  'whisper-large-v3-turbo': 216,
  'distil-whisper-large-v3-en': 250,
};
const MIN_DURATION_SECONDS = 0.01;

async function readForm(ctx: RouteContext): Promise<{ fields: Record<string, string>; file: File | null }> {
  const form = await readMultipart(ctx);
  const fields: Record<string, string> = {};
  let file: File | null = null;
  let nonFileFile = false;
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      if (key === 'file') nonFileFile = true;
      fields[key] = key in fields ? `${fields[key]},${value}` : value;
    } else if (key === 'file' && !file) {
      file = value;
    }
  }
  const logBody: MultipartLogBody = {
    fields,
    file: file ? { name: file.name, type: file.type, size: file.size } : null,
  };
  ctx.log.body = logBody;
  if (fields.model) ctx.log.model = fields.model;
  if (!file && nonFileFile) throw fieldError('file', 'value must be a file');
  return { fields, file };
}

function checkFileType(file: File): void {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const ok = ext ? (AUDIO_EXTENSIONS as readonly string[]).includes(ext) : AUDIO_MIME.test(file.type);
  if (!ok) {
    throw invalidRequest(`file must be one of the following types: [${AUDIO_EXTENSIONS.join(' ')}]`);
  }
}

function parseTemperature(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw fieldError('temperature', 'value must be a number');
  if (value < 0) throw fieldError('temperature', 'number must be at least 0');
  if (value > 1) throw fieldError('temperature', 'number must be at most 1');
  return value;
}

export async function handleAudio(ctx: RouteContext, task: 'transcribe' | 'translate'): Promise<Response> {
  const { fields, file } = await readForm(ctx);
  const modelId = fields.model;
  if (!modelId) throw fieldError('model', "property 'model' is missing");
  const model = findEraModel(ctx.options.era, modelId);
  if (!model) throw modelNotFound(modelId);
  if (model.kind !== 'speech' || !model.speech) {
    throw invalidRequest(
      `The model \`${model.id}\` does not support audio ${task === 'translate' ? 'translations' : 'transcriptions'}; use a speech-to-text model such as \`whisper-large-v3\`.`,
    );
  }
  if (task === 'translate' && !model.speech.translation) {
    throw invalidRequest(
      `The model \`${model.id}\` does not support translation. Use \`whisper-large-v3\` instead.`,
    );
  }
  if (!file) throw fieldError('file', "property 'file' is missing");
  const maxMb = Math.round(model.speech.maxFileBytes / 1024 / 1024);
  if (file.size > model.speech.maxFileBytes) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw tooLarge(
      `Request Entity Too Large: the audio file is ${mb} MB (max ${maxMb}MB). Use a smaller file.`,
    );
  }
  if (file.size === 0) throw invalidRequest('The audio file is empty. Please upload a non-empty audio file.');
  checkFileType(file);

  const format = fields.response_format || 'json';
  if (!RESPONSE_FORMATS.includes(format)) {
    throw fieldError('response_format', `value must be one of [${RESPONSE_FORMATS.join(', ')}]`);
  }
  const temperature = parseTemperature(fields.temperature);
  const language = fields.language?.trim().toLowerCase() || undefined;
  if (language !== undefined) {
    if (task === 'translate') throw fieldError('language', "property 'language' is unsupported");
    if (!model.speech.multilingual) {
      throw invalidRequest(`The model \`${model.id}\` is English-only and does not accept a \`language\`.`);
    }
    if (!WHISPER_LANGUAGES.has(language)) {
      throw fieldError('language', 'value must be a valid ISO-639-1 language code');
    }
  }

  const triggers = parseTriggers(fields.prompt ?? '', '', ctx.options.slowFirstTokenMs);
  if (triggers.status === 429) throw rateLimited(model.id, triggers.retryAfter ?? 7, ctx.options.limitTokens);
  if (triggers.status) throw serverError(triggers.status);

  const bytes = new Uint8Array(await file.arrayBuffer());
  const duration = audioDurationSeconds(bytes);
  if (duration < MIN_DURATION_SECONDS) {
    throw invalidRequest(`Audio file is too short. Minimum audio length is ${MIN_DURATION_SECONDS} seconds.`);
  }
  const lang = task === 'translate' ? 'en' : (language ?? 'en');
  const transcript = transcribe(bytes, duration, {
    language: lang,
    translate: task === 'translate',
    temperature,
  });

  const processingMs =
    ctx.options.tokensPerSecond > 0 ? Math.min(2000, (duration * 1000) / (SPEED_FACTOR[model.id] ?? 200)) : 0;
  if (!(await sleep(processingMs + (triggers.slowMs ?? 0), ctx.request.signal))) markAborted(ctx.log);

  if (format === 'text') {
    ctx.log.status = 200;
    ctx.log.completedAt = Date.now();
    return new Response(transcript.text, {
      status: 200,
      headers: groqHeaders(ctx, { 'content-type': 'text/plain; charset=utf-8' }),
    });
  }
  if (format === 'verbose_json') {
    return jsonResponse(ctx, 200, {
      task,
      language: languageName(lang),
      duration: Math.round(duration * 100) / 100,
      text: transcript.text,
      segments: transcript.segments,
      x_groq: { id: ctx.requestId },
    });
  }
  return jsonResponse(ctx, 200, { text: transcript.text, x_groq: { id: ctx.requestId } });
}

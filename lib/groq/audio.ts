import 'server-only';
import { invalidRequest } from '../errors';
import { admit, openGate, readLimitedBytes } from '../security/gate';
// lib/stt's names under lib/groq's own (the lead renames lib/groq after the security work lands).
import { MAX_AUDIO_BYTES, STT_ENDPOINT as SPEECH_ENDPOINT, type SttTask as SpeechTask } from '../stt/formats';
import type { SttResponse as SpeechResponse } from '../stt/response';
import {
  parseSttForm as parseSpeechForm,
  type SttRequest as SpeechRequest,
  sttFields as speechFields,
} from '../stt/schema';
import { serverEnv } from './env';
import { errorResponse, toPlaygroundError } from './errors';
import { pickRateLimitHeaders } from './rate-limit';
import { withRetry } from './retry';
import { getUpstream } from './upstream';

/** Room for the multipart envelope and the text fields around a file at the size limit. */
export const MAX_SPEECH_BODY_BYTES = MAX_AUDIO_BYTES + 1024 * 1024;

/** Reads and validates the multipart body, buffering the upload (at most ~26 MB) in memory. */
export async function readSpeechRequest(
  request: Request,
  task: SpeechTask,
): Promise<{ ok: true; data: SpeechRequest } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    return {
      ok: false,
      response: errorResponse(invalidRequest('request Content-Type must be multipart/form-data')),
    };
  }
  let form: FormData;
  try {
    const body = await readLimitedBytes(request, MAX_SPEECH_BODY_BYTES);
    if (!(body instanceof Uint8Array)) {
      if (body.status !== 413) return { ok: false, response: errorResponse(body) };
      const max = Math.round(MAX_AUDIO_BYTES / 1024 / 1024);
      const message = `Request Entity Too Large: the upload is over the ${max} MB audio file limit.`;
      return { ok: false, response: errorResponse(invalidRequest(message, 'request_too_large', 413)) };
    }
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    if (declared > body.byteLength) {
      // Something in front of the route cut the body short. Next.js does (at proxyClientMaxBodySize)
      // when proxy.ts runs on a request, which is why its matcher leaves out /api.
      const got = (body.byteLength / 1024 / 1024).toFixed(1);
      const sent = (declared / 1024 / 1024).toFixed(1);
      const message = `Request Entity Too Large: the server received only ${got} MB of the ${sent} MB upload; something in front of this deployment cuts request bodies short (a reverse proxy's body size limit, or a proxy.ts matcher that includes /api).`;
      return { ok: false, response: errorResponse(invalidRequest(message, 'request_too_large', 413)) };
    }
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    const message = 'We could not parse the multipart form body of your request.';
    return { ok: false, response: errorResponse(invalidRequest(message)) };
  }
  const parsed = parseSpeechForm(form, task);
  return parsed.ok ? parsed : { ok: false, response: errorResponse(parsed.error) };
}

function linkAbort(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

/**
 * Sends one validated speech request to Groq through groq-sdk and answers with JSON
 * `{ task, model, response_format, result, request_id, rate_limit, duration_ms }` (see
 * `SpeechResponse`). Errors keep their upstream status in the one error shape. Aborting `signal`
 * (the browser pressed Stop or went away) aborts the upstream request.
 */
export async function proxySpeech(request: SpeechRequest, signal: AbortSignal): Promise<Response> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const abort = linkAbort(signal);
  const params = { ...speechFields(request), file: request.file, model: request.model };
  const options = { signal: abort.signal };
  const started = performance.now();
  try {
    const { data, response } = await withRetry(
      () =>
        SPEECH_ENDPOINT[request.task] === 'translations'
          ? upstream.client.audio.translations.create(params, options).withResponse()
          : upstream.client.audio.transcriptions.create(params, options).withResponse(),
      env.GROQ_MAX_RETRIES,
      abort.signal,
    );
    // response_format "text" comes back as a plain string; wrap it so the shape stays JSON.
    const raw: unknown = data;
    const result = typeof raw === 'string' ? { text: raw } : (raw as SpeechResponse['result']);
    const body: SpeechResponse = {
      task: request.task,
      model: request.model,
      response_format: request.response_format,
      result,
      request_id: response.headers.get('x-request-id'),
      rate_limit: pickRateLimitHeaders(response.headers),
      duration_ms: Math.round(performance.now() - started),
    };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(toPlaygroundError(error, upstream.apiKey));
  }
}

/**
 * The whole of `POST /api/audio/{transcriptions,translations}`. The gate runs in its two halves: the
 * header checks (access code, Origin, declared size up to ~26 MB) before the upload is buffered, the
 * model allowlist and rate limits once the form has named the model.
 */
export async function handleSpeechRoute(request: Request, task: SpeechTask): Promise<Response> {
  const gate = await openGate(request, { maxBodyBytes: MAX_SPEECH_BODY_BYTES });
  if (!gate.ok) return errorResponse(gate.error);
  const read = await readSpeechRequest(request, task);
  if (!read.ok) return read.response;
  const admitted = await admit(gate.context, { models: [read.data.model] });
  if (!admitted.ok) return errorResponse(admitted.error);
  try {
    return await proxySpeech(read.data, request.signal);
  } finally {
    admitted.ticket.release();
  }
}

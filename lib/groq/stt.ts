import 'server-only';
import { STT_ENDPOINT } from '../stt/formats';
import type { SttResponse } from '../stt/response';
import { type SttRequest, sttFields } from '../stt/schema';
import { serverEnv } from './env';
import { errorResponse, toPlaygroundError } from './errors';
import { pickRateLimitHeaders } from './rate-limit';
import { withRetry } from './retry';
import { getUpstream } from './upstream';

function linkAbort(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

/**
 * Sends one validated speech request to Groq through groq-sdk and answers with JSON
 * `{ task, model, response_format, result, request_id, rate_limit, duration_ms }` (see
 * `SttResponse`). Errors keep their upstream status in the one error shape. Aborting `signal`
 * (the browser pressed Stop or went away) aborts the upstream request.
 */
export async function proxyStt(request: SttRequest, signal: AbortSignal): Promise<Response> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const abort = linkAbort(signal);
  const params = { ...sttFields(request), file: request.file, model: request.model };
  const options = { signal: abort.signal };
  const started = performance.now();
  try {
    const { data, response } = await withRetry(
      () =>
        STT_ENDPOINT[request.task] === 'translations'
          ? upstream.client.audio.translations.create(params, options).withResponse()
          : upstream.client.audio.transcriptions.create(params, options).withResponse(),
      env.GROQ_MAX_RETRIES,
      abort.signal,
    );
    // response_format "text" comes back as a plain string; wrap it so the shape stays JSON.
    const raw: unknown = data;
    const result = typeof raw === 'string' ? { text: raw } : (raw as SttResponse['result']);
    const body: SttResponse = {
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

import 'server-only';
import type { Parsed } from '../errors';
import { invalidRequest, PlaygroundError } from '../errors';
import { findCatalogModel } from '../models/catalog';
import { parseTtsRequest, type TtsRequest, ttsBody } from '../tts/schema';
import { serverEnv } from './env';
import { errorResponse, toPlaygroundError } from './errors';
import { listModels } from './models';
import { pickRateLimitHeaders } from './rate-limit';
import { withRetry } from './retry';
import { getUpstream } from './upstream';

/**
 * Only audio is served from this route: anything else from upstream (an HTML page from a hostile or
 * misconfigured GROQ_BASE_URL) would otherwise be served as a document from this origin.
 */
const AUDIO_TYPE = /^audio\/[\w.+-]+\s*(;.*)?$/i;

function notAudio(contentType: string): PlaygroundError {
  return new PlaygroundError({
    status: 502,
    type: 'api_error',
    code: 'upstream_not_audio',
    message: `The speech server answered with ${contentType ? `\`${contentType.slice(0, 80)}\`` : 'no content type'} instead of audio, so nothing was played. Check that GROQ_BASE_URL points to a Groq-compatible server.`,
  });
}

function linkAbort(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

/**
 * Sends one validated request to Groq's `/audio/speech` through groq-sdk and streams the audio body
 * straight back (nothing is buffered here), with Groq's `content-type`, `x-request-id` and
 * `x-ratelimit-*` headers. Errors before the body keep their upstream status in the one error shape;
 * aborting `signal` (Stop, or the browser went away) aborts the upstream request and its body.
 */
export async function proxyTts(request: TtsRequest, signal: AbortSignal): Promise<Response> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const abort = linkAbort(signal);
  try {
    const audio = await withRetry(
      () => upstream.client.audio.speech.create(ttsBody(request), { signal: abort.signal }),
      env.GROQ_MAX_RETRIES,
      abort.signal,
    );
    const contentType = audio.headers.get('content-type')?.trim() ?? '';
    if (!AUDIO_TYPE.test(contentType)) {
      await audio.body?.cancel().catch(() => undefined);
      return errorResponse(notAudio(contentType));
    }
    const headers = new Headers({
      'content-type': contentType,
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
      ...pickRateLimitHeaders(audio.headers),
    });
    const requestId = audio.headers.get('x-request-id');
    if (requestId) headers.set('x-request-id', requestId);
    return new Response(audio.body, { status: 200, headers });
  } catch (error) {
    return errorResponse(toPlaygroundError(error, upstream.apiKey));
  }
}

/**
 * For an id the catalog lacks, the live list decides: absent → Groq's 404, present but not a TTS model
 * → 400. Catalog ids were checked by the schema; if the list cannot be read, Groq will judge.
 */
async function checkLiveTtsModel(model: string): Promise<PlaygroundError | null> {
  if (findCatalogModel(model)) return null;
  let live: Awaited<ReturnType<typeof listModels>>['models'];
  try {
    live = (await listModels()).models;
  } catch {
    return null;
  }
  const found = live.find((m) => m.id === model);
  if (!found) {
    return new PlaygroundError({
      status: 404,
      type: 'invalid_request_error',
      code: 'model_not_found',
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
    });
  }
  if (found.kind !== 'tts') {
    return invalidRequest(`The model \`${model}\` is not a text-to-speech model.`, 'invalid_model');
  }
  return null;
}

/**
 * The TTS route's schema step: the shared schema, then the live list for ids the catalog lacks.
 */
export async function parseTtsBody(value: unknown): Promise<Parsed<TtsRequest>> {
  const parsed = parseTtsRequest(value);
  if (!parsed.ok) return parsed;
  const notLive = await checkLiveTtsModel(parsed.data.model);
  return notLive ? { ok: false, error: notLive } : parsed;
}

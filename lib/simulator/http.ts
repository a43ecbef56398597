/** Per-request context and response helpers shared by the route handlers. */
import { type ApiError, invalidRequest } from './errors';
import type { SimulatorRequestLog } from './log';
import type { SimulatorOptions } from './options';
import type { RateLimiter } from './rate-limit';

export interface RouteContext {
  request: Request;
  url: URL;
  log: SimulatorRequestLog;
  requestId: string;
  options: SimulatorOptions;
  rate: RateLimiter;
}

/** x-request-id plus the x-ratelimit-* headers, as of now. */
export function groqHeaders(ctx: RouteContext, extra: Record<string, string> = {}): Headers {
  const headers = new Headers({ 'x-request-id': ctx.requestId, ...ctx.rate.headers(), ...extra });
  return headers;
}

export function jsonResponse(
  ctx: RouteContext,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): Response {
  ctx.log.status = status;
  ctx.log.completedAt = Date.now();
  const headers = groqHeaders(ctx, { 'content-type': 'application/json', ...extra });
  return new Response(JSON.stringify(body), { status, headers });
}

export function errorResponse(ctx: RouteContext, error: ApiError): Response {
  return jsonResponse(ctx, error.status, { error: error.body }, error.headers);
}

/** Plain JSON for the simulator's own routes (no Groq headers). */
export function plainJson(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Waits `ms`; resolves false early if the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Marks the log entry as closed early by the client. */
export function markAborted(log: SimulatorRequestLog): void {
  if (log.completedAt !== undefined) return;
  log.aborted = true;
  log.closedAt ??= Date.now();
}

/**
 * The body of a streamed answer: `run` writes it, watching `signal`, which aborts when the client
 * goes away or cancels the stream (the request log then records the abort).
 */
export function abortableStream(
  ctx: RouteContext,
  run: (controller: ReadableStreamDefaultController<Uint8Array>, signal: AbortSignal) => Promise<void>,
): ReadableStream<Uint8Array> {
  const local = new AbortController();
  const onAbort = () => local.abort();
  ctx.request.signal.addEventListener('abort', onAbort, { once: true });
  return new ReadableStream<Uint8Array>({
    start(controller) {
      run(controller, local.signal)
        .catch(() => markAborted(ctx.log))
        .finally(() => ctx.request.signal.removeEventListener('abort', onAbort));
    },
    cancel() {
      markAborted(ctx.log);
      local.abort();
    },
  });
}

/** A multipart request's form (Files and audio uploads), refused in Groq's words when it is not one. */
export async function readMultipart(ctx: RouteContext): Promise<FormData> {
  const type = ctx.request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw invalidRequest('request Content-Type must be multipart/form-data');
  }
  try {
    return await ctx.request.formData();
  } catch {
    throw invalidRequest('We could not parse the multipart form body of your request.');
  }
}

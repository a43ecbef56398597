import 'server-only';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'groq-sdk';
import { PlaygroundError, type PlaygroundErrorBody, type PlaygroundErrorResponse } from '../errors';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Seconds from a `retry-after` header (seconds or an HTTP date). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const DEFAULT_TYPE_BY_STATUS: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'invalid_request_error',
  404: 'invalid_request_error',
  413: 'invalid_request_error',
  422: 'invalid_request_error',
  429: 'rate_limit_exceeded',
};

/**
 * Maps anything thrown while talking to Groq into the one error shape. Matching is by class and
 * status, never by message text; `secret` (the API key) is scrubbed from anything upstream said.
 */
export function toPlaygroundError(error: unknown, secret?: string | readonly string[]): PlaygroundError {
  if (error instanceof PlaygroundError) return error;
  // The API key, and any MCP header values the request carried.
  const secrets = (typeof secret === 'string' ? [secret] : (secret ?? [])).filter((s) => s.length > 3);
  const scrub = (text: string) => secrets.reduce((out, s) => out.split(s).join('[redacted]'), text);

  if (error instanceof APIUserAbortError) {
    return new PlaygroundError({
      status: 499,
      type: 'aborted',
      code: 'aborted',
      message: 'Request was aborted.',
    });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new PlaygroundError({
      status: 504,
      type: 'api_connection_error',
      code: 'timeout',
      message: 'The Groq API did not answer in time.',
    });
  }
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new PlaygroundError({
      status: 502,
      type: 'api_connection_error',
      code: 'connection_error',
      message: scrub(`Could not reach the Groq API${cause}`),
    });
  }
  if (error instanceof APIError) {
    // Before the stream, `error.error` is the whole JSON body ({ error: {...} }); mid-stream it is
    // the inner error object itself.
    const raw = isRecord(error.error) && isRecord(error.error.error) ? error.error.error : error.error;
    const inner = isRecord(raw) ? raw : {};
    const status = error.status ?? 500;
    const body: PlaygroundErrorBody = {
      status,
      type:
        str(inner.type) ??
        DEFAULT_TYPE_BY_STATUS[status] ??
        (status >= 500 ? 'internal_server_error' : 'api_error'),
      code: str(inner.code) ?? null,
      message: scrub(str(inner.message) ?? (error.status ? `Groq answered ${error.status}` : error.message)),
    };
    const failed = str(inner.failed_generation);
    if (failed !== undefined) body.failed_generation = scrub(failed);
    const retryAfter = parseRetryAfter(error.headers?.get('retry-after'));
    if (retryAfter !== undefined) body.retry_after = retryAfter;
    return new PlaygroundError(body);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PlaygroundError({
    status: 502,
    type: 'api_connection_error',
    code: 'stream_interrupted',
    message: scrub(`The connection to the Groq API broke off (${message}).`),
  });
}

export function errorPayload(error: PlaygroundError): PlaygroundErrorResponse {
  return { error: error.body };
}

/** A JSON error response carrying the same status (and `retry-after`) as the upstream error. */
export function errorResponse(error: PlaygroundError, extraHeaders: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...extraHeaders };
  if (error.body.retry_after !== undefined) headers['retry-after'] = String(error.body.retry_after);
  // 499 is not a real HTTP status; a client that went away will never read it anyway.
  const status = error.status === 499 ? 400 : error.status;
  return Response.json(errorPayload(error), { status, headers });
}

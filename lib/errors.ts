/**
 * The one error vocabulary the browser sees, whether an error happens before the stream (as a JSON
 * response with the same HTTP status) or during it (as an `error` event). Upstream Groq errors keep
 * their status, type, code and message; `failed_generation` and `retry_after` travel when present.
 */
export interface PlaygroundErrorBody {
  status: number;
  type: string;
  code: string | null;
  message: string;
  failed_generation?: string;
  /** Seconds to wait before retrying (from a 429's `retry-after`). */
  retry_after?: number;
}

export interface PlaygroundErrorResponse {
  error: PlaygroundErrorBody;
}

export class PlaygroundError extends Error {
  readonly body: PlaygroundErrorBody;

  constructor(body: PlaygroundErrorBody) {
    super(body.message);
    this.name = 'PlaygroundError';
    this.body = body;
  }

  get status(): number {
    return this.body.status;
  }
}

/** What a schema step gives back: the typed value, or the error to answer with. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; error: PlaygroundError };

export function invalidRequest(message: string, code: string | null = null, status = 400): PlaygroundError {
  return new PlaygroundError({ status, type: 'invalid_request_error', code, message });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Rebuilds the error shape from any JSON the client received; `null` when it is not one. */
export function parseErrorBody(value: unknown, fallbackStatus = 500): PlaygroundErrorBody | null {
  if (!isRecord(value) || !isRecord(value.error)) return null;
  const e = value.error;
  if (typeof e.message !== 'string') return null;
  const body: PlaygroundErrorBody = {
    status: typeof e.status === 'number' ? e.status : fallbackStatus,
    type: typeof e.type === 'string' ? e.type : 'api_error',
    code: typeof e.code === 'string' ? e.code : null,
    message: e.message,
  };
  if (typeof e.failed_generation === 'string') body.failed_generation = e.failed_generation;
  if (typeof e.retry_after === 'number') body.retry_after = e.retry_after;
  return body;
}

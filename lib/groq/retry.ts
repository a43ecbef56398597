import 'server-only';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'groq-sdk';

/** undici's codes for a connection that closed while the answer was being read. */
const DROPPED_CODES = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

/**
 * A non-streamed answer whose connection dropped after the status line: groq-sdk has the headers,
 * then reading the JSON body fails with undici's `TypeError: terminated` (not an APIConnectionError).
 */
function isDroppedBody(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const cause: unknown = error.cause;
  const code = typeof cause === 'object' && cause !== null ? Reflect.get(cause, 'code') : undefined;
  return typeof code === 'string' && DROPPED_CODES.has(code);
}

/** Transient failures worth one more try: 5xx and dropped connections. A 429 is shown, not hidden. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError) return false;
  if (error instanceof APIConnectionError || isDroppedBody(error)) return true;
  return error instanceof APIError && typeof error.status === 'number' && error.status >= 500;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Runs `attempt` until it succeeds, fails for good, or `retries` run out. Only ever used before the
 * first byte reaches the browser: once streaming has begun an error is reported, never retried.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  retries: number,
  signal: AbortSignal,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= retries || signal.aborted || !isRetryable(error)) throw error;
      await sleep(200 * 2 ** n, signal);
    }
  }
}

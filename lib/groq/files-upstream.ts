import 'server-only';
/**
 * The Files and Batches calls that groq-sdk cannot make as we need them (a streamed upload, a
 * streamed download, a list filtered by repeated `?id=`), over fetch with the server key and
 * GROQ_TIMEOUT_MS: the wait for Groq's answer (its headers) is bounded like every SDK call.
 */
import { APIConnectionTimeoutError, APIError } from 'groq-sdk';
import { serverEnv } from './env';
import { getUpstream } from './upstream';

export interface UpstreamCall {
  /** Aborts the call (the browser went away). */
  signal: AbortSignal;
  /**
   * For an upload: the timeout starts when this resolves (the body was sent), not at once, so a
   * large file on a slow link is not cut while it is still arriving.
   */
  timeoutFrom?: Promise<void>;
}

async function upstreamFailure(response: Response): Promise<APIError> {
  const text = await response.text();
  let json: object | undefined;
  try {
    json = JSON.parse(text) as object;
  } catch {
    json = undefined;
  }
  return APIError.generate(response.status, json, text.slice(0, 500), response.headers);
}

/**
 * `fetch(baseURL + /openai/v1 + path)` with the key. Resolves with an OK response (its body still
 * unread), or throws what groq-sdk would: APIError for a status, APIConnectionTimeoutError.
 */
export async function groqFetch(
  path: string,
  init: RequestInit & { duplex?: 'half' },
  call: UpstreamCall,
): Promise<Response> {
  const { apiKey, baseURL } = await getUpstream();
  const timeoutMs = serverEnv().GROQ_TIMEOUT_MS;
  const timer = new AbortController();
  let handle: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  const start = () => {
    if (!settled) handle = setTimeout(() => timer.abort(), timeoutMs);
  };
  if (call.timeoutFrom) call.timeoutFrom.then(start, () => {});
  else start();
  try {
    const response = await fetch(`${baseURL}/openai/v1${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${apiKey}` },
      signal: AbortSignal.any([call.signal, timer.signal]),
    });
    if (!response.ok) throw await upstreamFailure(response);
    return response;
  } catch (error) {
    if (timer.signal.aborted && !call.signal.aborted) throw new APIConnectionTimeoutError();
    throw error;
  } finally {
    settled = true;
    clearTimeout(handle);
  }
}

/** The API key, for scrubbing it from error messages. */
export async function upstreamKey(): Promise<string> {
  return (await getUpstream()).apiKey;
}

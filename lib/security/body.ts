import 'server-only';
import { invalidRequest, type PlaygroundError } from '../errors';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth';

/** Bodies are read only after the gate has admitted the request, and never past `limit` bytes. */
export function tooLarge(bytes: number, limit: number): PlaygroundError {
  return invalidRequest(
    `Request Entity Too Large: the body is ${(bytes / 1_000_000).toFixed(2)} MB; this deployment accepts up to ${(limit / 1_000_000).toFixed(2)} MB.`,
    'request_too_large',
    413,
  );
}

/** The whole body, or a 413 as soon as it passes `limit` (chunked uploads declare no length). */
export async function readLimitedBytes(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | PlaygroundError> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (limit > 0 && size > limit) {
        await reader.cancel().catch(() => {});
        return tooLarge(size, limit);
      }
      chunks.push(value);
    }
  } catch {
    return invalidRequest('The request body ended before it was complete.', 'incomplete_body');
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export async function readLimitedText(request: Request, limit: number): Promise<string | PlaygroundError> {
  const bytes = await readLimitedBytes(request, limit);
  if (!(bytes instanceof Uint8Array)) return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalidRequest('The request body is not valid UTF-8 text.', 'invalid_encoding');
  }
}

/** Refuses JSON nested deeper than MAX_JSON_DEPTH before anything recursive touches it. */
export function checkJsonDepth(text: string): PlaygroundError | null {
  if (jsonDepth(text, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH) return null;
  return invalidRequest(
    `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep; this deployment accepts at most ${MAX_JSON_DEPTH}.`,
    'json_too_deep',
  );
}

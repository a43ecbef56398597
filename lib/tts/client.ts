/**
 * Browser side of `POST /api/tts`: sends one piece's JSON body and reads the audio bytes, or
 * rebuilds the one error shape from whatever came back.
 */
import { networkError, parseJson, responseError } from '../client/response-error';
import type { PlaygroundErrorBody } from '../errors';
import type { TtsRequest } from './schema';

export const TTS_API_PATH = '/api/tts';

export interface TtsPieceAudio {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  requestId: string | null;
  rateLimit: Record<string, string>;
  elapsedMs: number;
}

export type TtsPieceOutcome =
  | { ok: true; value: TtsPieceAudio }
  | { ok: false; error: PlaygroundErrorBody; elapsedMs: number }
  | { ok: false; aborted: true };

function rateLimitOf(headers: Headers): Record<string, string> {
  const picked: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name.startsWith('x-ratelimit-') || name === 'retry-after') picked[name] = value;
  });
  return picked;
}

export async function sendTtsPiece(body: TtsRequest, signal: AbortSignal): Promise<TtsPieceOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(TTS_API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
    if (!response.ok) {
      return {
        ok: false,
        error: responseError(parseJson(await response.text()), response),
        elapsedMs: elapsed(),
      };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      ok: true,
      value: {
        bytes,
        contentType: response.headers.get('content-type') ?? 'audio/wav',
        requestId: response.headers.get('x-request-id'),
        rateLimit: rateLimitOf(response.headers),
        elapsedMs: elapsed(),
      },
    };
  } catch (error) {
    if (signal.aborted) return { ok: false, aborted: true };
    return { ok: false, error: networkError(error), elapsedMs: elapsed() };
  }
}

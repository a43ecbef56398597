/**
 * Browser side of `POST /api/audio/{transcriptions,translations}`: uploads the multipart form and
 * answers with the server's JSON or the one error shape (rebuilt from whatever came back).
 */
import { type PlaygroundErrorBody, parseErrorBody } from '../errors';
import { SPEECH_ENDPOINT } from './formats';
import { isSpeechResponse, type SpeechResponse } from './response';
import { type SpeechRequest, toSpeechFormData } from './schema';

export type SpeechOutcome =
  | { ok: true; response: SpeechResponse; elapsedMs: number }
  | { ok: false; error: PlaygroundErrorBody; elapsedMs: number }
  | { ok: false; aborted: true; elapsedMs: number };

export function speechApiPath(task: SpeechRequest['task']): string {
  return `/api/audio/${SPEECH_ENDPOINT[task]}`;
}

function networkError(message: string): PlaygroundErrorBody {
  return { status: 0, type: 'network_error', code: null, message };
}

export async function sendSpeech(request: SpeechRequest, signal: AbortSignal): Promise<SpeechOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(speechApiPath(request.task), {
      method: 'POST',
      body: toSpeechFormData(request),
      signal,
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.ok && isSpeechResponse(json)) return { ok: true, response: json, elapsedMs: elapsed() };
    const error = parseErrorBody(json, response.status) ?? {
      status: response.status,
      type: 'api_error',
      code: null,
      message: `The server answered ${response.status} ${response.statusText || ''}`.trim(),
    };
    return { ok: false, error, elapsedMs: elapsed() };
  } catch (error) {
    if (signal.aborted) return { ok: false, aborted: true, elapsedMs: elapsed() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: networkError(`Network error: ${message}`), elapsedMs: elapsed() };
  }
}

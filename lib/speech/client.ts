/**
 * Browser side of `POST /api/audio/{transcriptions,translations}`: uploads the multipart form and
 * answers with the server's JSON or the one error shape (rebuilt from whatever came back).
 */
import { networkError, parseJson, responseError } from '../client/response-error';
import type { PlaygroundErrorBody } from '../errors';
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

export async function sendSpeech(request: SpeechRequest, signal: AbortSignal): Promise<SpeechOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(speechApiPath(request.task), {
      method: 'POST',
      body: toSpeechFormData(request),
      signal,
    });
    const json = parseJson(await response.text());
    if (response.ok && isSpeechResponse(json)) return { ok: true, response: json, elapsedMs: elapsed() };
    return { ok: false, error: responseError(json, response), elapsedMs: elapsed() };
  } catch (error) {
    if (signal.aborted) return { ok: false, aborted: true, elapsedMs: elapsed() };
    return { ok: false, error: networkError(error), elapsedMs: elapsed() };
  }
}

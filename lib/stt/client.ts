/**
 * Browser side of `POST /api/stt/{transcriptions,translations}`: uploads the multipart form and
 * answers with the server's JSON or the one error shape (rebuilt from whatever came back).
 */
import { networkError, parseJson, responseError } from '../client/response-error';
import type { PlaygroundErrorBody } from '../errors';
import { STT_ENDPOINT } from './formats';
import { isSttResponse, type SttResponse } from './response';
import { type SttRequest, toSttFormData } from './schema';

export type SttOutcome =
  | { ok: true; response: SttResponse; elapsedMs: number }
  | { ok: false; error: PlaygroundErrorBody; elapsedMs: number }
  | { ok: false; aborted: true; elapsedMs: number };

export function sttApiPath(task: SttRequest['task']): string {
  return `/api/stt/${STT_ENDPOINT[task]}`;
}

export async function sendStt(request: SttRequest, signal: AbortSignal): Promise<SttOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(sttApiPath(request.task), {
      method: 'POST',
      body: toSttFormData(request),
      signal,
    });
    const json = parseJson(await response.text());
    if (response.ok && isSttResponse(json)) return { ok: true, response: json, elapsedMs: elapsed() };
    return { ok: false, error: responseError(json, response), elapsedMs: elapsed() };
  } catch (error) {
    if (signal.aborted) return { ok: false, aborted: true, elapsedMs: elapsed() };
    return { ok: false, error: networkError(error), elapsedMs: elapsed() };
  }
}

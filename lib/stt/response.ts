/** What `POST /api/stt/transcriptions` and `/api/stt/translations` answer with on success. */
import type { ResponseFormat, SttTask } from './formats';

export interface SttSegment {
  id: number;
  start: number;
  end: number;
  text: string;
  [key: string]: unknown;
}

/** Groq's JSON: `{ text }` for json (and text, wrapped), plus task/language/duration/segments for verbose_json. */
export interface SttResult {
  text: string;
  task?: string;
  language?: string;
  duration?: number;
  segments?: SttSegment[];
  x_groq?: { id?: string };
  [key: string]: unknown;
}

export interface SttResponse {
  task: SttTask;
  model: string;
  response_format: ResponseFormat;
  /** Groq's response body as it came (for `text`, `{ text: <the body> }`). */
  result: SttResult;
  /** Groq's `x-request-id`. */
  request_id: string | null;
  /** Groq's `x-ratelimit-*` headers, verbatim. */
  rate_limit: Record<string, string>;
  /** Time the upstream call took, measured on the server. */
  duration_ms: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a response body loosely (the browser trusts our own server, but not blindly). */
export function isSttResponse(value: unknown): value is SttResponse {
  return isRecord(value) && isRecord(value.result) && typeof value.result.text === 'string';
}

/** Whisper answers often start with a space; the original playground showed it. */
export function displayText(result: SttResult): string {
  return result.text.replace(/^\s+/, '');
}

/** Segments with numeric times, or an empty list. */
export function segmentsOf(result: SttResult): SttSegment[] {
  if (!Array.isArray(result.segments)) return [];
  return result.segments.filter(
    (s): s is SttSegment => isRecord(s) && typeof s.start === 'number' && typeof s.text === 'string',
  );
}

/** `m:ss.s` for a time in seconds. */
export function formatTimestamp(seconds: number): string {
  const safe = Math.max(0, seconds);
  const minutes = Math.floor(safe / 60);
  const rest = safe - minutes * 60;
  return `${minutes}:${rest.toFixed(1).padStart(4, '0')}`;
}

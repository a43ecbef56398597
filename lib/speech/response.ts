/** What `POST /api/audio/transcriptions` and `/api/audio/translations` answer with on success. */
import type { ResponseFormat, SpeechTask } from './formats';

export interface SpeechSegment {
  id: number;
  start: number;
  end: number;
  text: string;
  [key: string]: unknown;
}

/** Groq's JSON: `{ text }` for json (and text, wrapped), plus task/language/duration/segments for verbose_json. */
export interface SpeechResult {
  text: string;
  task?: string;
  language?: string;
  duration?: number;
  segments?: SpeechSegment[];
  x_groq?: { id?: string };
  [key: string]: unknown;
}

export interface SpeechResponse {
  task: SpeechTask;
  model: string;
  response_format: ResponseFormat;
  /** Groq's response body as it came (for `text`, `{ text: <the body> }`). */
  result: SpeechResult;
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
export function isSpeechResponse(value: unknown): value is SpeechResponse {
  return isRecord(value) && isRecord(value.result) && typeof value.result.text === 'string';
}

/** Whisper answers often start with a space; the original playground showed it. */
export function displayText(result: SpeechResult): string {
  return result.text.replace(/^\s+/, '');
}

/** Segments with numeric times, or an empty list. */
export function segmentsOf(result: SpeechResult): SpeechSegment[] {
  if (!Array.isArray(result.segments)) return [];
  return result.segments.filter(
    (s): s is SpeechSegment => isRecord(s) && typeof s.start === 'number' && typeof s.text === 'string',
  );
}

/** `m:ss.s` for a time in seconds. */
export function formatTimestamp(seconds: number): string {
  const safe = Math.max(0, seconds);
  const minutes = Math.floor(safe / 60);
  const rest = safe - minutes * 60;
  return `${minutes}:${rest.toFixed(1).padStart(4, '0')}`;
}

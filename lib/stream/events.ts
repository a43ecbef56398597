/**
 * The browser↔server event protocol for `POST /api/chat`: Server-Sent Events with named events.
 * Every event's `data` is one JSON object. The order is: start, (delta | guard)*, usage?, done —
 * or an `error` at any point after start (earlier errors are plain JSON responses with a status).
 */
import type { PlaygroundErrorResponse } from '../errors';

/** Upstream `x-ratelimit-*` (and `retry-after`) headers, verbatim. */
export type RateLimitHeaders = Record<string, string>;

export interface StartEventData {
  /** Groq's request id (`x-request-id`, the same as `x_groq.id`). */
  request_id: string | null;
  model: string;
  /** When the upstream answered with headers, ms since epoch. */
  started_at: number;
  rate_limit: RateLimitHeaders;
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface DeltaEventData {
  content?: string;
  reasoning?: string;
  tool_calls?: ToolCallDelta[];
}

/** `x_groq.usage` from the last chunk (or `usage` of a non-streamed completion). */
export interface UsageEventData {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  queue_time?: number;
  prompt_time?: number;
  completion_time?: number;
  total_time?: number;
  /** `completion_tokens_details.reasoning_tokens`. */
  reasoning_tokens?: number;
  /** `prompt_tokens_details.cached_tokens` (prompt caching: billed at half price). */
  cached_tokens?: number;
}

export interface DoneEventData {
  finish_reason: string | null;
  /** The completion id (`chatcmpl-…`). */
  id: string | null;
  system_fingerprint: string | null;
  created: number | null;
  /** The tier Groq served the request on (`on_demand`, `flex`, `performance`), when it says. */
  service_tier?: string | null;
}

/** A Llama Guard screening: of the latest user turn (input) or of the finished answer (output). */
export interface GuardEventData {
  stage: 'input' | 'output';
  model: string;
  /** `error` means the screening itself failed and the request went through unscreened (fail-open). */
  status: 'safe' | 'unsafe' | 'error';
  categories: { code: string; name: string }[];
  /** Llama Guard's raw answer, or the failure's message. */
  detail: string;
  request_id: string | null;
}

export interface ChatEventMap {
  start: StartEventData;
  delta: DeltaEventData;
  usage: UsageEventData;
  done: DoneEventData;
  error: PlaygroundErrorResponse;
  guard: GuardEventData;
}

export type ChatEventName = keyof ChatEventMap;

export type ChatEvent = { [K in ChatEventName]: { event: K; data: ChatEventMap[K] } }[ChatEventName];

export const CHAT_EVENT_NAMES: readonly ChatEventName[] = [
  'start',
  'delta',
  'usage',
  'done',
  'error',
  'guard',
];

export function isChatEventName(name: string): name is ChatEventName {
  return (CHAT_EVENT_NAMES as readonly string[]).includes(name);
}

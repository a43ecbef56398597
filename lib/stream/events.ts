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
  /** Server-side tools the model ran (browser search, code execution), merged by `index`. */
  executed_tools?: ExecutedToolDelta[];
  /** Citations into the answer text; appended in order. */
  annotations?: Annotation[];
  /** The tools each remote MCP server listed (Groq's `mcp_list_tools`), before anything else. */
  mcp_list_tools?: McpToolList[];
}

export interface McpListedTool {
  name: string;
  description?: string;
  input_schema?: Record<string, unknown>;
  annotations?: unknown;
}

/** One MCP server's `tools/list`, as Groq reports it. */
export interface McpToolList {
  id?: string;
  server_label: string;
  tools: McpListedTool[];
}

export interface SearchResult {
  title?: string;
  url?: string;
  content?: string;
  score?: number;
}

export interface ChartElement {
  label: string;
  value?: number;
  points?: number[][];
  group?: string;
  [key: string]: unknown;
}

export interface Chart {
  type: string;
  title?: string;
  x_label?: string;
  y_label?: string;
  elements: ChartElement[];
  [key: string]: unknown;
}

export interface CodeResult {
  text?: string;
  /** A base64 PNG (no data: prefix). */
  png?: string;
  chart?: Chart;
  charts?: Chart[];
}

export interface BrowserResult {
  title: string;
  url: string;
  content?: string;
  live_view_url?: string;
}

/** One entry of Groq's `executed_tools` (whole, or a fragment of one when streamed). */
export interface ExecutedToolDelta {
  index: number;
  type?: string;
  /** A JSON string, as Groq sends it. */
  arguments?: string;
  output?: string | null;
  search_results?: { results?: SearchResult[]; images?: string[] } | null;
  code_results?: CodeResult[];
  browser_results?: BrowserResult[];
  /** MCP calls (`type: "mcp"`): the server's label and the tool's name; `error` when it failed. */
  server_label?: string;
  name?: string;
  error?: string | null;
}

/** A complete executed tool, as the playground keeps it. */
export interface ExecutedTool extends ExecutedToolDelta {
  type: string;
  arguments: string;
}

/** `annotations[]` as Groq sends them: a span of the answer and what it cites. */
export interface Annotation {
  type: 'document_citation' | 'function_citation' | (string & {});
  document_citation?: { document_id: string; start_index: number; end_index: number };
  function_citation?: { tool_call_id: string; start_index: number; end_index: number };
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

/** A turn of the conversation and what the playground knows about a generated answer. */
import type { PlaygroundErrorBody } from '../errors';
import type { ChatRequest, ToolCall } from '../schema/chat-request';
import type {
  Annotation,
  ExecutedTool,
  GuardEventData,
  McpToolList,
  RateLimitHeaders,
  UsageEventData,
} from '../stream/events';

export type Role = 'user' | 'assistant' | 'tool';
export type AnswerStatus = 'streaming' | 'done' | 'stopped' | 'error';

/** What the playground knows about one generated answer (stats, errors, the exact request). */
export interface AnswerMeta {
  status: AnswerStatus;
  model: string;
  sentAt: number;
  startedAt?: number;
  firstTokenAt?: number;
  finishedAt?: number;
  /** Content and reasoning deltas received so far: the live output-token count while streaming. */
  streamedTokens?: number;
  requestId?: string | null;
  completionId?: string | null;
  finishReason?: string | null;
  /** The tier Groq served the answer on (`service_tier` of the response). */
  serviceTier?: string | null;
  usage?: UsageEventData;
  rateLimit?: RateLimitHeaders;
  error?: PlaygroundErrorBody;
  /** Llama Guard verdicts for this answer (input, then output). */
  guard?: GuardEventData[];
  /** Model reasoning (parsed format), shown in a collapsed Thinking section. */
  reasoning?: string;
  /** Server-side tools the model ran (browser search, code execution), in order. */
  executedTools?: ExecutedTool[];
  /** The tools each remote MCP server listed for this answer (`mcp_list_tools`). */
  mcpLists?: McpToolList[];
  /** Citations into the answer text (document or function citations). */
  annotations?: Annotation[];
  /** Prefilled text this answer continues (the turn's content starts with it). */
  prefill?: string;
  request: ChatRequest;
}

export interface ConversationMessage {
  id: string;
  role: Role;
  content: string;
  /** Image URLs (http(s) or base64 data URLs) attached to a user turn. */
  images?: string[];
  /** Functions the model asked to call (an assistant turn). */
  toolCalls?: ToolCall[];
  /** For a tool turn: which call this is the result of. */
  toolCallId?: string;
  toolName?: string;
  answer?: AnswerMeta;
}

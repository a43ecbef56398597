/** The validated shape of a chat completion request, as the simulator uses it. */

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';

export type ContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }
  | { type: 'document'; document: { data: Record<string, unknown>; id?: string } };

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: Role;
  content: string | ContentPart[] | null;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  name?: string;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  items?: JsonSchema;
  description?: string;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
}

export interface ToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters?: JsonSchema };
}

export type ToolChoice = 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
  includeUsage: boolean;
  /** max_completion_tokens ?? max_tokens */
  maxTokens?: number;
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  stop: string[];
  seed?: number;
  jsonMode: boolean;
  tools: ToolDefinition[];
  toolChoice: ToolChoice;
  parallelToolCalls: boolean;
  /** For reasoning models: where the thinking goes (Groq's default is raw `<think>` tags). */
  reasoningFormat?: 'parsed' | 'raw' | 'hidden';
  reasoningEffort?: 'none' | 'default' | 'low' | 'medium' | 'high';
  /** `include_reasoning` as sent (undefined = Groq's default, true). */
  includeReasoning?: boolean;
  /** `response_format: json_schema`: the schema the answer must match. */
  jsonSchema?: { name: string; schema: JsonSchema; strict: boolean };
  serviceTier?: 'auto' | 'on_demand' | 'flex' | 'performance';
  /** Server-side tools asked for (`browser_search`, `code_interpreter`, …), by type. */
  builtInTools: string[];
  /** `documents`, each with its id (given, or `document_<n>`) and text. */
  documents?: { id: string; text: string }[];
  /** `citation_options` is not "disabled". */
  citations?: boolean;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a message (text parts joined by newlines; images ignored). */
export function messageText(message: ChatMessage | undefined): string {
  if (!message || message.content === null) return '';
  if (typeof message.content === 'string') return message.content;
  return message.content
    .map((part) => (part.type === 'text' ? part.text : ''))
    .filter(Boolean)
    .join('\n');
}

export function messageImages(message: ChatMessage): string[] {
  if (!Array.isArray(message.content)) return [];
  return message.content.flatMap((part) => (part.type === 'image_url' ? [part.image_url.url] : []));
}

export function lastOfRole(messages: readonly ChatMessage[], role: Role): ChatMessage | undefined {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message?.role === role) return message;
  }
  return undefined;
}

/** prompt_tokens ≈ ceil(chars / 4) + 4 per message, plus 6,400 per image (the Vision docs' billing figure). */
export const IMAGE_TOKENS = 6_400;

export function countPromptTokens(
  messages: readonly ChatMessage[],
  tools: readonly ToolDefinition[] = [],
): number {
  let chars = 0;
  let images = 0;
  for (const message of messages) {
    chars += messageText(message).length;
    images += messageImages(message).length;
    for (const call of message.tool_calls ?? [])
      chars += call.function.name.length + call.function.arguments.length;
  }
  if (tools.length > 0) chars += JSON.stringify(tools).length;
  return Math.ceil(chars / 4) + 4 * messages.length + IMAGE_TOKENS * images;
}

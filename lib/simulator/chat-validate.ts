/**
 * Schema validation for POST /openai/v1/chat/completions, with Groq's `'<path>' : <what>` wording.
 * Model-dependent checks (vision, limits) live in chat-model-checks.ts.
 */

import { parseChatOptions } from './chat-options';
import type {
  ChatMessage,
  ChatRequest,
  ContentPart,
  Role,
  ToolCall,
  ToolChoice,
  ToolDefinition,
} from './chat-types';
import { isRecord } from './chat-types';
import { parseGrounding } from './documents';
import { fieldError, invalidRequest, messageError } from './errors';

const ROLES: readonly Role[] = ['system', 'developer', 'user', 'assistant', 'tool', 'function'];
const UNSUPPORTED = ['logit_bias', 'top_logprobs'] as const;

function checkNumber(
  body: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw fieldError(key, 'value must be a number');
  if (value < min) throw fieldError(key, `number must be at least ${min}`);
  if (value > max) throw fieldError(key, `number must be at most ${max}`);
  return value;
}

function checkInteger(body: Record<string, unknown>, key: string, min: number): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw fieldError(key, 'value must be an integer');
  if (value < min) throw fieldError(key, `number must be at least ${min}`);
  return value;
}

function checkBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw fieldError(key, 'value must be a boolean');
  return value;
}

function textOnlyContent(value: unknown, index: number, role: Role): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (
    Array.isArray(value) &&
    value.every((p) => isRecord(p) && p.type === 'text' && typeof p.text === 'string')
  ) {
    return value.map((p) => (isRecord(p) ? String(p.text) : '')).join('\n');
  }
  throw messageError(index, role, 'content', 'value must be a string');
}

function parseParts(value: unknown[], index: number): ContentPart[] {
  return value.map((part, j) => {
    const path = `messages.${index}.content.${j}`;
    if (!isRecord(part)) throw fieldError(path, 'value must be an object');
    if (part.type === 'text') {
      if (typeof part.text !== 'string') throw fieldError(`${path}.text`, "property 'text' is missing");
      return { type: 'text', text: part.text };
    }
    if (part.type === 'image_url') {
      const image = part.image_url;
      if (!isRecord(image) || typeof image.url !== 'string') {
        throw fieldError(`${path}.image_url.url`, "property 'url' is missing");
      }
      return { type: 'image_url', image_url: { url: image.url } };
    }
    if (part.type === 'document') {
      const document = part.document;
      if (!isRecord(document) || !isRecord(document.data)) {
        throw fieldError(`${path}.document.data`, "property 'data' is missing");
      }
      const id = typeof document.id === 'string' ? { id: document.id } : {};
      return { type: 'document', document: { data: document.data, ...id } };
    }
    throw fieldError(path, "discriminator property 'type' has invalid value");
  });
}

function parseToolCalls(value: unknown, index: number): ToolCall[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw messageError(index, 'assistant', 'tool_calls', 'value must be an array');
  return value.map((call, k) => {
    const fn = isRecord(call) ? call.function : undefined;
    if (!isRecord(call) || typeof call.id !== 'string' || !isRecord(fn) || typeof fn.name !== 'string') {
      throw messageError(index, 'assistant', `tool_calls.${k}`, "property 'function' is invalid");
    }
    const args = typeof fn.arguments === 'string' ? fn.arguments : JSON.stringify(fn.arguments ?? {});
    return { id: call.id, type: 'function', function: { name: fn.name, arguments: args } };
  });
}

function parseMessage(raw: unknown, index: number): ChatMessage {
  if (!isRecord(raw)) throw fieldError(`messages.${index}`, 'value must be an object');
  const role = raw.role;
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw fieldError(`messages.${index}`, "discriminator property 'role' has invalid value");
  }
  const r = role as Role;
  if (raw.name !== undefined && raw.name !== null && r !== 'tool' && r !== 'function') {
    throw messageError(index, r, 'name', "property 'name' is unsupported");
  }
  switch (r) {
    case 'user': {
      if (raw.content === undefined || raw.content === null) {
        throw messageError(index, r, 'content', "property 'content' is missing");
      }
      if (typeof raw.content === 'string') return { role: r, content: raw.content };
      if (!Array.isArray(raw.content)) throw messageError(index, r, 'content', 'value must be a string');
      return { role: r, content: parseParts(raw.content, index) };
    }
    case 'assistant': {
      const toolCalls = parseToolCalls(raw.tool_calls, index);
      const content = textOnlyContent(raw.content, index, r);
      if (content === null && !toolCalls)
        throw messageError(index, r, 'content', "property 'content' is missing");
      return { role: r, content, ...(toolCalls ? { tool_calls: toolCalls } : {}) };
    }
    case 'tool': {
      if (typeof raw.tool_call_id !== 'string') {
        throw messageError(index, r, 'tool_call_id', "property 'tool_call_id' is missing");
      }
      const name = typeof raw.name === 'string' ? { name: raw.name } : {};
      return {
        role: r,
        content: textOnlyContent(raw.content, index, r) ?? '',
        tool_call_id: raw.tool_call_id,
        ...name,
      };
    }
    default: {
      const content = textOnlyContent(raw.content, index, r);
      if (content === null) throw messageError(index, r, 'content', "property 'content' is missing");
      return { role: r, content };
    }
  }
}

function parseStop(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value ? [value] : [];
  if (!Array.isArray(value)) throw fieldError('stop', 'value must be a string or an array of strings');
  if (value.length > 4) throw fieldError('stop', 'maximum number of items is 4');
  return value
    .map((item, k) => {
      if (typeof item !== 'string') throw fieldError(`stop.${k}`, 'value must be a string');
      return item;
    })
    .filter(Boolean);
}

/** Server-side tools run by Groq itself (gpt-oss): they carry no function definition. */
const BUILT_IN_TOOLS = new Set(['browser_search', 'code_interpreter']);

function builtInToolTypes(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((tool) =>
    isRecord(tool) && typeof tool.type === 'string' && BUILT_IN_TOOLS.has(tool.type) ? [tool.type] : [],
  );
}

function parseTools(value: unknown): ToolDefinition[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw fieldError('tools', 'value must be an array');
  if (value.length > 128) throw fieldError('tools', 'maximum number of items is 128');
  // MCP servers are checked and run by mcp.ts; the rest are function definitions.
  const functions = value.filter(
    (tool) => !(isRecord(tool) && (BUILT_IN_TOOLS.has(String(tool.type)) || tool.type === 'mcp')),
  );
  return functions.map((tool, k) => {
    const fn = isRecord(tool) ? tool.function : undefined;
    if (!isRecord(tool) || !isRecord(fn)) throw fieldError(`tools.${k}`, "property 'function' is missing");
    if (typeof fn.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(fn.name)) {
      throw fieldError(`tools.${k}.function.name`, 'value must match ^[a-zA-Z0-9_-]{1,64}$');
    }
    const description = typeof fn.description === 'string' ? { description: fn.description } : {};
    const parameters = isRecord(fn.parameters) ? { parameters: fn.parameters } : {};
    return { type: 'function', function: { name: fn.name, ...description, ...parameters } };
  });
}

function parseToolChoice(value: unknown, tools: ToolDefinition[]): ToolChoice {
  if (value === undefined || value === null) return tools.length > 0 ? 'auto' : 'none';
  if (value === 'none' || value === 'auto' || value === 'required') {
    if (value === 'required' && tools.length === 0)
      throw invalidRequest('`tool_choice` is `required` but no `tools` were provided');
    return value;
  }
  const fn = isRecord(value) ? value.function : undefined;
  if (!isRecord(fn) || typeof fn.name !== 'string') {
    throw fieldError('tool_choice', 'value must be one of [none, auto, required] or a function object');
  }
  if (!tools.some((tool) => tool.function.name === fn.name)) {
    throw invalidRequest(`\`tool_choice\` names function \`${fn.name}\`, which is not in \`tools\``);
  }
  return { type: 'function', function: { name: fn.name } };
}

export function parseChatRequest(body: unknown): ChatRequest {
  if (!isRecord(body)) throw invalidRequest('We could not parse the JSON body of your request.');
  if (body.model === undefined || body.model === null)
    throw fieldError('model', "property 'model' is missing");
  if (typeof body.model !== 'string') throw fieldError('model', 'value must be a string');
  if (body.messages === undefined || body.messages === null) {
    throw fieldError('messages', "property 'messages' is missing");
  }
  if (!Array.isArray(body.messages)) throw fieldError('messages', 'value must be an array');
  if (body.logprobs === true) throw fieldError('logprobs', "property 'logprobs' is unsupported");
  for (const key of UNSUPPORTED) {
    if (body[key] !== undefined && body[key] !== null)
      throw fieldError(key, `property '${key}' is unsupported`);
  }
  if (body.n !== undefined && body.n !== null && body.n !== 1) {
    throw fieldError(
      'n',
      typeof body.n === 'number' && body.n < 1 ? 'number must be at least 1' : 'number must be at most 1',
    );
  }
  if (body.messages.length === 0) throw fieldError('messages', 'minimum number of items is 1');
  const messages = body.messages.map(parseMessage);
  checkNumber(body, 'temperature', 0, 2);
  checkNumber(body, 'top_p', 0, 1);
  checkNumber(body, 'frequency_penalty', -2, 2);
  checkNumber(body, 'presence_penalty', -2, 2);
  const maxCompletion = checkInteger(body, 'max_completion_tokens', 1);
  const maxTokens = checkInteger(body, 'max_tokens', 1);
  const seed = checkInteger(body, 'seed', Number.MIN_SAFE_INTEGER);
  const stream = checkBoolean(body, 'stream') ?? false;
  const stop = parseStop(body.stop);
  const options = parseChatOptions(body);
  const { jsonMode } = options;
  if (jsonMode && stream) throw invalidRequest('`response_format` json_object does not support streaming');
  if (jsonMode && stop.length > 0)
    throw invalidRequest('`response_format` json_object does not support stop sequences');
  const tools = parseTools(body.tools);
  const toolChoice = parseToolChoice(body.tool_choice, tools);
  const parallel = checkBoolean(body, 'parallel_tool_calls') ?? true;
  const streamOptions = isRecord(body.stream_options) ? body.stream_options : {};
  if (options.jsonSchema && stream) {
    throw invalidRequest('response_format `json_schema` does not support streaming; set `stream` to false');
  }
  // Structured outputs take no tools at all, built-in ones included (Groq's structured-outputs docs).
  if (options.jsonSchema && Array.isArray(body.tools) && body.tools.length > 0) {
    throw invalidRequest('response_format `json_schema` cannot be combined with tools');
  }
  const resolvedMax = maxCompletion ?? maxTokens;
  return {
    model: body.model,
    messages,
    stream,
    includeUsage: stream && streamOptions.include_usage === true,
    ...(resolvedMax !== undefined ? { maxTokens: resolvedMax } : {}),
    maxTokensField: maxCompletion !== undefined ? 'max_completion_tokens' : 'max_tokens',
    stop,
    ...(seed !== undefined ? { seed } : {}),
    tools,
    toolChoice,
    parallelToolCalls: parallel,
    builtInTools: builtInToolTypes(body.tools),
    ...parseGrounding(body),
    ...options,
  };
}

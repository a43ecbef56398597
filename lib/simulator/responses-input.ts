/**
 * A Responses API body (`POST /openai/v1/responses`) as the equivalent chat completions body, so
 * the simulator answers both from one pipeline: instructions → system message, input → messages,
 * max_output_tokens, reasoning.effort, text.format and the flat function tools in their chat forms.
 * What Groq's Responses API does not take is refused here, in its wording.
 */
import { isRecord } from './chat-types';
import { fieldError, invalidRequest } from './errors';

/** Documented as unsupported on Groq's Responses API (stateless; no stored prompts or files). */
const UNSUPPORTED = ['previous_response_id', 'include', 'background', 'prompt', 'conversation'] as const;

type Json = Record<string, unknown>;

function textParts(content: unknown, path: string): string | Json[] {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) throw fieldError(path, 'value must be a string or an array');
  return content.map((part, j) => {
    const at = `${path}.${j}`;
    if (!isRecord(part)) throw fieldError(at, 'value must be an object');
    if (part.type === 'input_text' || part.type === 'output_text') {
      if (typeof part.text !== 'string') throw fieldError(`${at}.text`, "property 'text' is missing");
      return { type: 'text', text: part.text };
    }
    if (part.type === 'input_image') {
      if (typeof part.image_url !== 'string')
        throw fieldError(`${at}.image_url`, "property 'image_url' is missing");
      return { type: 'image_url', image_url: { url: part.image_url } };
    }
    if (part.type === 'input_file') throw fieldError(at, 'file inputs are not supported');
    throw fieldError(`${at}.type`, 'value must be one of [input_text, input_image, output_text]');
  });
}

function flatText(content: string | Json[]): string {
  return typeof content === 'string'
    ? content
    : content.map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
}

function inputMessages(input: unknown): Json[] {
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  if (!Array.isArray(input)) throw fieldError('input', 'value must be a string or an array');
  const messages: Json[] = [];
  input.forEach((item, i) => {
    const path = `input.${i}`;
    if (!isRecord(item)) throw fieldError(path, 'value must be an object');
    if (item.type === 'function_call') {
      const call = {
        id: String(item.call_id ?? ''),
        type: 'function',
        function: { name: String(item.name ?? ''), arguments: String(item.arguments ?? '{}') },
      };
      const last = messages.at(-1);
      if (last?.role === 'assistant' && Array.isArray(last.tool_calls)) last.tool_calls.push(call);
      else messages.push({ role: 'assistant', content: null, tool_calls: [call] });
      return;
    }
    if (item.type === 'function_call_output') {
      messages.push({
        role: 'tool',
        tool_call_id: String(item.call_id ?? ''),
        content: String(item.output ?? ''),
      });
      return;
    }
    // Items the model produced that carry no turn of their own (its reasoning, MCP lists and calls).
    if (item.type === 'reasoning' || item.type === 'mcp_list_tools' || item.type === 'mcp_call') return;
    if (item.type !== undefined && item.type !== 'message') {
      throw fieldError(`${path}.type`, 'value must be one of [message, function_call, function_call_output]');
    }
    const role = item.role;
    if (role !== 'user' && role !== 'assistant' && role !== 'system' && role !== 'developer') {
      throw fieldError(`${path}.role`, 'value must be one of [user, assistant, system, developer]');
    }
    const content = textParts(item.content, `${path}.content`);
    messages.push({ role, content: role === 'user' ? content : flatText(content) });
  });
  return messages;
}

function chatTools(tools: unknown): unknown {
  if (!Array.isArray(tools)) return tools;
  return tools.map((tool) => {
    if (!isRecord(tool) || tool.type !== 'function') return tool;
    const { type: _type, name, description, parameters, strict: _strict } = tool;
    return {
      type: 'function',
      function: {
        name,
        ...(description !== undefined ? { description } : {}),
        ...(parameters !== undefined ? { parameters } : {}),
      },
    };
  });
}

function chatToolChoice(choice: unknown): unknown {
  if (isRecord(choice) && choice.type === 'function' && typeof choice.name === 'string') {
    return { type: 'function', function: { name: choice.name } };
  }
  return choice;
}

function responseFormat(text: unknown): unknown {
  if (text === undefined || text === null) return undefined;
  if (!isRecord(text)) throw fieldError('text', 'value must be an object');
  const format = text.format;
  if (format === undefined || format === null) return undefined;
  if (!isRecord(format)) throw fieldError('text.format', 'value must be an object');
  if (format.type === 'text') return undefined;
  if (format.type === 'json_object') return { type: 'json_object' };
  if (format.type === 'json_schema') {
    const { name, schema, strict, description } = format;
    return {
      type: 'json_schema',
      json_schema: {
        name,
        schema,
        ...(strict !== undefined ? { strict } : {}),
        ...(description !== undefined ? { description } : {}),
      },
    };
  }
  throw fieldError('text.format.type', 'value must be one of [text, json_object, json_schema]');
}

/** The chat completions body equivalent to a Responses body (never streamed: the caller streams). */
export function chatBodyFromResponses(body: unknown): Json {
  if (!isRecord(body)) throw invalidRequest('We could not parse the JSON body of your request.');
  for (const key of UNSUPPORTED) {
    if (body[key] !== undefined && body[key] !== null)
      throw fieldError(key, `property '${key}' is unsupported`);
  }
  if (body.store === true) throw fieldError('store', 'value must be false; responses are not stored');
  if (body.input === undefined || body.input === null)
    throw fieldError('input', "property 'input' is missing");
  const messages = inputMessages(body.input);
  if (body.instructions !== undefined && body.instructions !== null) {
    if (typeof body.instructions !== 'string') throw fieldError('instructions', 'value must be a string');
    messages.unshift({ role: 'system', content: body.instructions });
  }
  if (body.reasoning !== undefined && body.reasoning !== null && !isRecord(body.reasoning)) {
    throw fieldError('reasoning', 'value must be an object');
  }
  const effort = isRecord(body.reasoning) ? body.reasoning.effort : undefined;
  const chat: Json = {
    model: body.model,
    messages,
    stream: false,
    max_completion_tokens: body.max_output_tokens,
    temperature: body.temperature,
    top_p: body.top_p,
    reasoning_effort: effort,
    response_format: responseFormat(body.text),
    tools: chatTools(body.tools),
    tool_choice: chatToolChoice(body.tool_choice),
    parallel_tool_calls: body.parallel_tool_calls,
    service_tier: body.service_tier,
  };
  return Object.fromEntries(Object.entries(chat).filter(([, value]) => value !== undefined));
}

/**
 * The workbench's chat-shaped settings as a Responses API body (`POST /openai/v1/responses`):
 * system → `instructions`, the conversation → `input` items, max tokens → `max_output_tokens`,
 * reasoning effort → `reasoning.effort`, JSON Schema → `text.format`, tools in the Responses shapes
 * (function tools flat), `stream: true`. Settings the Responses API does not take are returned in
 * `notSent` so the UI can mark them, instead of being dropped silently. Pure.
 */

import type { FunctionTool } from '../schema/chat-messages';
import type { ChatMessage, ChatRequest, ContentPart, Tool } from '../schema/chat-request';
import type { ResponsesInputItem, ResponsesRequest, ResponsesTool } from '../schema/responses-request';

type InputPart =
  | { type: 'input_text'; text: string }
  | { type: 'input_image'; image_url: string; detail?: 'auto' | 'low' | 'high' };

export interface NotSentSetting {
  /** The chat request field (or `prefill`), as the settings panel knows it. */
  field: string;
  reason: string;
}

export interface ResponsesBodyPlan {
  body: ResponsesRequest;
  notSent: NotSentSetting[];
}

const present = (value: unknown) => value !== undefined && value !== null && value !== false;

/** Chat fields the Responses API has no place for, with why. */
const NOT_SENT: Partial<Record<keyof ChatRequest, string>> = {
  stop: 'the Responses API has no stop sequences',
  n: 'the Responses API returns one answer per request',
  seed: 'the Responses API takes no seed',
  frequency_penalty: 'the Responses API takes no frequency penalty',
  presence_penalty: 'the Responses API takes no presence penalty',
  include_reasoning: 'reasoning comes as its own output item',
  reasoning_format: 'reasoning comes as its own output item',
  documents: 'the Responses API takes no documents',
  citation_options: 'the Responses API takes no documents',
  search_settings: 'search settings are a chat completions field',
  compound_custom: 'Compound settings are a chat completions field',
  include_domains: 'search settings are a chat completions field',
  exclude_domains: 'search settings are a chat completions field',
  guard: 'Moderation screens chat completions only',
  logprobs: 'not supported',
  logit_bias: 'not supported',
  top_logprobs: 'not supported',
  functions: 'legacy functions: use tools',
  function_call: 'legacy functions: use tool choice',
  disable_tool_validation: 'a chat completions field',
};

function textOf(content: ChatMessage['content']): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

function userContent(content: string | ContentPart[], notSent: Set<string>): string | InputPart[] {
  if (typeof content === 'string') return content;
  return content.flatMap((part): InputPart[] => {
    if (part.type === 'text') return [{ type: 'input_text' as const, text: part.text }];
    if (part.type === 'image_url') {
      const { url, detail } = part.image_url;
      return [{ type: 'input_image' as const, image_url: url, ...(detail ? { detail } : {}) }];
    }
    notSent.add('documents');
    return [];
  });
}

function inputItems(messages: readonly ChatMessage[], notSent: Set<string>) {
  const instructions: string[] = [];
  const input: ResponsesInputItem[] = [];
  const last = messages.at(-1);
  for (const message of messages) {
    switch (message.role) {
      case 'system':
      case 'developer':
        instructions.push(textOf(message.content));
        break;
      case 'user':
        input.push({ role: 'user', content: userContent(message.content, notSent) });
        break;
      case 'assistant': {
        // A trailing assistant turn is a prefill: the Responses API cannot continue one.
        if (message === last && messages.length > 1) {
          notSent.add('prefill');
          break;
        }
        const text = textOf(message.content);
        if (text) input.push({ role: 'assistant', content: text });
        for (const call of message.tool_calls ?? []) {
          input.push({
            type: 'function_call',
            call_id: call.id,
            name: call.function.name,
            arguments: call.function.arguments,
          });
        }
        break;
      }
      case 'tool':
        input.push({
          type: 'function_call_output',
          call_id: message.tool_call_id,
          output: textOf(message.content as ChatMessage['content']),
        });
        break;
      case 'function':
        notSent.add('functions');
        break;
    }
  }
  return { instructions: instructions.filter(Boolean).join('\n\n'), input };
}

function responsesTool(tool: Tool): ResponsesTool {
  if (tool.type === 'function' && 'function' in tool) {
    const { name, description, parameters, strict } = (tool as FunctionTool).function;
    return {
      type: 'function',
      name,
      ...(description !== undefined ? { description } : {}),
      ...(parameters !== undefined ? { parameters } : {}),
      ...(strict !== undefined ? { strict } : {}),
    };
  }
  return tool as ResponsesTool;
}

function textFormat(format: ChatRequest['response_format']): ResponsesRequest['text'] {
  if (format?.type === 'json_object') return { format: { type: 'json_object' } };
  if (format?.type !== 'json_schema') return undefined;
  const { name, schema, strict, description } = format.json_schema;
  return {
    format: {
      type: 'json_schema',
      name,
      schema: schema ?? {},
      ...(description !== undefined ? { description } : {}),
      ...(strict !== undefined && strict !== null ? { strict } : {}),
    },
  };
}

const TIERS: Record<string, ResponsesRequest['service_tier']> = {
  auto: 'auto',
  on_demand: 'default',
  flex: 'flex',
};

export function responsesBodyFromChat(request: ChatRequest): ResponsesBodyPlan {
  const notSent = new Set<string>();
  for (const [field, _reason] of Object.entries(NOT_SENT)) {
    const value = request[field as keyof ChatRequest];
    const meaningful =
      field === 'n'
        ? present(value) && value !== 1
        : present(value) && !(Array.isArray(value) && value.length === 0);
    if (meaningful) notSent.add(field);
  }
  const { instructions, input } = inputItems(request.messages, notSent);
  const tier = request.service_tier ? TIERS[request.service_tier] : undefined;
  if (request.service_tier && !tier) notSent.add('service_tier');
  const choice = request.tool_choice;
  const body: ResponsesRequest = {
    model: request.model,
    ...(instructions ? { instructions } : {}),
    input: input.length > 0 ? input : '',
    ...((request.max_completion_tokens ?? request.max_tokens)
      ? { max_output_tokens: request.max_completion_tokens ?? request.max_tokens }
      : {}),
    ...(present(request.temperature) ? { temperature: request.temperature } : {}),
    ...(present(request.top_p) ? { top_p: request.top_p } : {}),
    ...(request.reasoning_effort ? { reasoning: { effort: request.reasoning_effort } } : {}),
    ...(textFormat(request.response_format) ? { text: textFormat(request.response_format) } : {}),
    ...(request.tools?.length ? { tools: request.tools.map(responsesTool) } : {}),
    ...(choice
      ? {
          tool_choice:
            typeof choice === 'string' ? choice : { type: 'function' as const, name: choice.function.name },
        }
      : {}),
    ...(request.parallel_tool_calls !== undefined && request.parallel_tool_calls !== null
      ? { parallel_tool_calls: request.parallel_tool_calls }
      : {}),
    ...(tier ? { service_tier: tier } : {}),
    ...(request.user ? { user: request.user } : {}),
    ...(request.metadata ? { metadata: request.metadata } : {}),
    stream: true,
  };
  const reasons: Record<string, string> = {
    ...NOT_SENT,
    prefill: 'the Responses API cannot continue a prefilled assistant turn',
    service_tier: `the Responses API takes auto, default or flex, not ${request.service_tier}`,
  };
  return { body, notSent: [...notSent].map((field) => ({ field, reason: reasons[field] ?? 'not taken' })) };
}

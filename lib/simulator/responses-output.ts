/**
 * A simulated answer in the Responses API's shape: `output[]` items (mcp_list_tools, reasoning,
 * mcp_call, function_call, message) and `usage` with input/output token names.
 */
import { randomBytes } from 'node:crypto';
import { redactMcpHeaders } from '../mcp/redact';
import type { Generation } from './generate';
import type { McpRun } from './mcp';
import type { Usage } from './usage';

type Json = Record<string, unknown>;

export const itemId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

export function responsesUsage(usage: Usage): Json {
  return {
    input_tokens: usage.prompt_tokens,
    input_tokens_details: { cached_tokens: usage.prompt_tokens_details?.cached_tokens ?? 0 },
    output_tokens: usage.completion_tokens,
    output_tokens_details: { reasoning_tokens: usage.completion_tokens_details?.reasoning_tokens ?? 0 },
    total_tokens: usage.total_tokens,
  };
}

/** The output items of an answer, in the order the model produced them. */
export function outputItems(generation: Generation, mcp: McpRun): Json[] {
  const items: Json[] = mcp.lists.map(({ id, server_label, tools }) => ({
    id,
    type: 'mcp_list_tools',
    server_label,
    tools,
  }));
  if (generation.reasoning) {
    items.push({
      id: itemId('rs'),
      type: 'reasoning',
      summary: [],
      content: [{ type: 'reasoning_text', text: generation.reasoning }],
    });
  }
  for (const call of mcp.calls) {
    items.push({
      id: call.id,
      type: 'mcp_call',
      server_label: call.server_label,
      name: call.name,
      arguments: call.arguments,
      output: call.output,
      error: call.error ?? null,
    });
  }
  for (const call of generation.toolCalls ?? []) {
    items.push({
      id: itemId('fc'),
      type: 'function_call',
      status: 'completed',
      call_id: call.id,
      name: call.function.name,
      arguments: call.function.arguments,
    });
  }
  if (generation.content !== null) {
    items.push({
      id: itemId('msg'),
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: generation.content, annotations: [] }],
    });
  }
  return items;
}

export interface ResponseEcho {
  id: string;
  created_at: number;
  model: string;
  /** The request's own settings, echoed as OpenAI-style responses do. */
  request: Json;
  service_tier: string;
}

/** The response object: `in_progress` with no output (stream start), or complete. */
export function responseObject(
  echo: ResponseEcho,
  done?: { output: Json[]; usage: Json; incomplete: boolean },
): Json {
  const { request } = echo;
  return {
    id: echo.id,
    object: 'response',
    created_at: echo.created_at,
    status: done ? (done.incomplete ? 'incomplete' : 'completed') : 'in_progress',
    error: null,
    incomplete_details: done?.incomplete ? { reason: 'max_output_tokens' } : null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    model: echo.model,
    output: done?.output ?? [],
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    reasoning: request.reasoning ?? null,
    service_tier: echo.service_tier,
    store: false,
    temperature: request.temperature ?? 1,
    text: request.text ?? { format: { type: 'text' } },
    tool_choice: request.tool_choice ?? 'auto',
    // Echoed without MCP header values: they are the user's credentials.
    tools: redactMcpHeaders(request.tools ?? []),
    top_p: request.top_p ?? 1,
    usage: done?.usage ?? null,
    metadata: request.metadata ?? {},
  };
}

import 'server-only';
import type { Readable } from 'node:stream';
import { PlaygroundError } from '../errors';
import type {
  ChatEvent,
  DeltaEventData,
  DoneEventData,
  ExecutedToolDelta,
  UsageEventData,
} from '../stream/events';
import { mcpToolList } from './mcp-fields';
import { pickRateLimitHeaders } from './rate-limit';
import { sseDataBatches } from './sse-reader';

/**
 * Groq's Responses API answers (a response object, or its SSE events) as the same typed events the
 * chat transcript renders: reasoning and text deltas, function calls as tool_calls, MCP lists and
 * calls as mcp_list_tools / executed_tools, usage, and done with a chat-style finish_reason.
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function startEvent(response: Response, model: string): ChatEvent {
  return {
    event: 'start',
    data: {
      request_id: response.headers.get('x-request-id'),
      model,
      started_at: Date.now(),
      rate_limit: pickRateLimitHeaders(response.headers),
    },
  };
}

function usageOf(usage: unknown): UsageEventData | undefined {
  if (!isRecord(usage) || typeof usage.input_tokens !== 'number' || typeof usage.output_tokens !== 'number') {
    return undefined;
  }
  const reasoning = isRecord(usage.output_tokens_details)
    ? usage.output_tokens_details.reasoning_tokens
    : undefined;
  const cached = isRecord(usage.input_tokens_details) ? usage.input_tokens_details.cached_tokens : undefined;
  return {
    prompt_tokens: usage.input_tokens,
    completion_tokens: usage.output_tokens,
    total_tokens:
      typeof usage.total_tokens === 'number' ? usage.total_tokens : usage.input_tokens + usage.output_tokens,
    ...(typeof reasoning === 'number' ? { reasoning_tokens: reasoning } : {}),
    ...(typeof cached === 'number' ? { cached_tokens: cached } : {}),
  };
}

function mcpCall(item: Json, index: number): ExecutedToolDelta {
  return {
    index,
    type: 'mcp',
    server_label: str(item.server_label) ?? '',
    name: str(item.name) ?? '',
    arguments: str(item.arguments) ?? '{}',
    output: str(item.output) ?? null,
    ...(item.error
      ? { error: typeof item.error === 'string' ? item.error : JSON.stringify(item.error) }
      : {}),
  };
}

function textOf(item: Json, partType: string): string {
  const parts = Array.isArray(item.content) ? item.content : [];
  return parts
    .map((part) => (isRecord(part) && part.type === partType ? (str(part.text) ?? '') : ''))
    .join('');
}

function doneOf(response: Json, sawFunctionCall: boolean): DoneEventData {
  const incomplete = response.status === 'incomplete';
  return {
    finish_reason: incomplete ? 'length' : sawFunctionCall ? 'tool_calls' : 'stop',
    id: str(response.id) ?? null,
    system_fingerprint: null,
    created: typeof response.created_at === 'number' ? response.created_at : null,
    service_tier: str(response.service_tier) ?? null,
  };
}

/** A non-streamed response object as events. */
export function* responseObjectEvents(
  data: unknown,
  response: Response,
  model: string,
): Generator<ChatEvent> {
  const body = isRecord(data) ? data : {};
  yield startEvent(response, str(body.model) ?? model);
  const items = Array.isArray(body.output) ? body.output.filter(isRecord) : [];
  const lists = items.flatMap((item) => (item.type === 'mcp_list_tools' ? (mcpToolList(item) ?? []) : []));
  if (lists.length > 0) yield { event: 'delta', data: { mcp_list_tools: lists } };
  const delta: DeltaEventData = {};
  const executed: ExecutedToolDelta[] = [];
  let calls = 0;
  for (const item of items) {
    if (item.type === 'reasoning') delta.reasoning = (delta.reasoning ?? '') + textOf(item, 'reasoning_text');
    if (item.type === 'message') delta.content = (delta.content ?? '') + textOf(item, 'output_text');
    if (item.type === 'mcp_call') executed.push(mcpCall(item, executed.length));
    if (item.type === 'function_call') {
      delta.tool_calls = [
        ...(delta.tool_calls ?? []),
        {
          index: calls++,
          id: str(item.call_id) ?? '',
          type: 'function',
          function: { name: str(item.name) ?? '', arguments: str(item.arguments) ?? '' },
        },
      ];
    }
  }
  if (executed.length > 0) delta.executed_tools = executed;
  if (!delta.reasoning) delete delta.reasoning;
  if (!delta.content) delete delta.content;
  if (Object.keys(delta).length > 0) yield { event: 'delta', data: delta };
  const usage = usageOf(body.usage);
  if (usage) yield { event: 'usage', data: usage };
  yield { event: 'done', data: doneOf(body, calls > 0) };
}

/** Appends text to the last delta when it holds only that kind of text, else starts a new one. */
function appendText(out: ChatEvent[], key: 'content' | 'reasoning', text: string): void {
  if (!text) return;
  const last = out.at(-1);
  if (last?.event === 'delta' && Object.keys(last.data).length === 1 && typeof last.data[key] === 'string') {
    last.data[key] += text;
    return;
  }
  out.push({ event: 'delta', data: { [key]: text } });
}

function streamError(data: Json): PlaygroundError {
  const error = isRecord(data.response) && isRecord(data.response.error) ? data.response.error : data;
  return new PlaygroundError({
    status: 500,
    type: str(error.type) ?? 'internal_server_error',
    code: str(error.code) ?? null,
    message: str(error.message) ?? 'The Responses stream failed.',
  });
}

/** The upstream's Responses SSE body as batches of typed events (one batch per network read). */
export async function* responsesStreamBatches(
  body: ReadableStream<Uint8Array> | Readable,
  response: Response,
  model: string,
): AsyncGenerator<ChatEvent[]> {
  yield [startEvent(response, model)];
  const callIndex = new Map<number, { index: number; streamed: boolean }>();
  let mcpCalls = 0;
  let finished: DoneEventData | null = null;
  for await (const payloads of sseDataBatches(body)) {
    const out: ChatEvent[] = [];
    for (const payload of payloads) {
      if (finished || payload.startsWith('[DONE]')) continue;
      const data = JSON.parse(payload) as Json;
      const item = isRecord(data.item) ? data.item : {};
      const at = typeof data.output_index === 'number' ? data.output_index : -1;
      switch (data.type) {
        case 'response.output_text.delta':
          appendText(out, 'content', str(data.delta) ?? '');
          break;
        case 'response.reasoning_text.delta':
          appendText(out, 'reasoning', str(data.delta) ?? '');
          break;
        case 'response.output_item.added':
          if (item.type === 'function_call') {
            const index = callIndex.size;
            callIndex.set(at, { index, streamed: false });
            const fn = { name: str(item.name) ?? '', arguments: '' };
            out.push({
              event: 'delta',
              data: { tool_calls: [{ index, id: str(item.call_id) ?? '', type: 'function', function: fn }] },
            });
          }
          break;
        case 'response.function_call_arguments.delta': {
          const call = callIndex.get(at);
          if (call) {
            call.streamed = true;
            out.push({
              event: 'delta',
              data: { tool_calls: [{ index: call.index, function: { arguments: str(data.delta) ?? '' } }] },
            });
          }
          break;
        }
        case 'response.output_item.done': {
          const call = callIndex.get(at);
          if (item.type === 'function_call' && call && !call.streamed && str(item.arguments)) {
            out.push({
              event: 'delta',
              data: { tool_calls: [{ index: call.index, function: { arguments: str(item.arguments) } }] },
            });
          }
          const list = item.type === 'mcp_list_tools' ? mcpToolList(item) : null;
          if (list) out.push({ event: 'delta', data: { mcp_list_tools: [list] } });
          if (item.type === 'mcp_call')
            out.push({ event: 'delta', data: { executed_tools: [mcpCall(item, mcpCalls++)] } });
          break;
        }
        case 'response.completed':
        case 'response.incomplete': {
          const done = isRecord(data.response) ? data.response : {};
          const usage = usageOf(done.usage);
          if (usage) out.push({ event: 'usage', data: usage });
          finished = doneOf(done, callIndex.size > 0);
          break;
        }
        case 'response.failed':
        case 'error':
          throw streamError(data);
      }
    }
    if (out.length > 0) yield out;
  }
  if (!finished) throw new Error('the stream ended before the model finished its answer');
  yield [{ event: 'done', data: finished }];
}

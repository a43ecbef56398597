import 'server-only';
import type { Readable } from 'node:stream';
import { APIError } from 'groq-sdk';
import type { ChatCompletion, ChatCompletionChunk } from 'groq-sdk/resources/chat/completions';
import type { ChatEvent, DeltaEventData, DoneEventData, UsageEventData } from '../stream/events';
import { mcpListFields } from './mcp-fields';
import { pickRateLimitHeaders } from './rate-limit';
import { serverToolFields } from './server-tool-fields';
import { sseDataBatches } from './sse-reader';

/** Groq's chunks and completions as the playground's typed events. */

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

function usageFrom(usage: ChatCompletion['usage'] | null | undefined): UsageEventData | undefined {
  if (!usage) return undefined;
  const {
    prompt_tokens,
    completion_tokens,
    total_tokens,
    queue_time,
    prompt_time,
    completion_time,
    total_time,
  } = usage;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens,
    queue_time,
    prompt_time,
    completion_time,
    total_time,
    ...(typeof reasoning === 'number' ? { reasoning_tokens: reasoning } : {}),
    ...(typeof cached === 'number' ? { cached_tokens: cached } : {}),
  };
}

/** `service_tier` as Groq reports it (on completions; on chunks too, though the SDK type omits it). */
function serviceTierOf(value: { service_tier?: unknown }): string | null {
  return typeof value.service_tier === 'string' ? value.service_tier : null;
}

export async function* completionEvents(
  completion: ChatCompletion,
  response: Response,
  model: string,
): AsyncGenerator<ChatEvent> {
  const choice = completion.choices[0];
  const message = choice?.message;
  yield startEvent(response, completion.model ?? model);
  const mcpLists = mcpListFields(completion);
  if (mcpLists.mcp_list_tools) yield { event: 'delta', data: mcpLists };
  const toolCalls = message?.tool_calls?.map((call, index) => ({ index, ...call }));
  const reasoning = message?.reasoning ?? undefined;
  const server = message ? serverToolFields(message) : {};
  if (message?.content || toolCalls?.length || reasoning || Object.keys(server).length > 0) {
    yield {
      event: 'delta',
      data: {
        ...(reasoning ? { reasoning } : {}),
        ...(server.executed_tools ? { executed_tools: server.executed_tools } : {}),
        ...(message?.content ? { content: message.content } : {}),
        ...(toolCalls?.length ? { tool_calls: toolCalls } : {}),
        ...(server.annotations ? { annotations: server.annotations } : {}),
      },
    };
  }
  const usage = usageFrom(completion.usage);
  if (usage) yield { event: 'usage', data: usage };
  yield {
    event: 'done',
    data: {
      finish_reason: choice?.finish_reason ?? null,
      id: completion.id ?? null,
      system_fingerprint: completion.system_fingerprint ?? null,
      created: completion.created ?? null,
      service_tier: serviceTierOf(completion),
    },
  };
}

/** Appends a chunk's delta to `out`, merged into the last delta event when the order allows it. */
function appendDelta(out: ChatEvent[], delta: ChunkDelta): void {
  const reasoning = delta.reasoning || undefined;
  const content = delta.content || undefined;
  const toolCalls = delta.tool_calls?.length ? delta.tool_calls : undefined;
  // Executed tools and citations travel in their own event, never merged with another chunk's.
  const serverTools = serverToolFields(delta);
  if (Object.keys(serverTools).length > 0) {
    out.push({
      event: 'delta',
      data: {
        ...(reasoning ? { reasoning } : {}),
        ...(content ? { content } : {}),
        ...(toolCalls ? { tool_calls: toolCalls } : {}),
        ...serverTools,
      },
    });
    return;
  }
  if (!reasoning && !content && !toolCalls) return;
  const last = out.at(-1);
  if (
    last?.event === 'delta' &&
    !last.data.executed_tools &&
    !last.data.annotations &&
    !last.data.mcp_list_tools
  ) {
    const data = last.data;
    // Merging keeps every field's text in order; reasoning never moves after content or tool calls.
    const fits = !(reasoning && (data.content || data.tool_calls)) && !(content && data.tool_calls);
    if (fits) {
      if (reasoning) data.reasoning = (data.reasoning ?? '') + reasoning;
      if (content) data.content = (data.content ?? '') + content;
      if (toolCalls) data.tool_calls = data.tool_calls ? data.tool_calls.concat(toolCalls) : toolCalls;
      return;
    }
  }
  const data: DeltaEventData = {};
  if (reasoning) data.reasoning = reasoning;
  if (content) data.content = content;
  if (toolCalls) data.tool_calls = toolCalls;
  out.push({ event: 'delta', data });
}

type ChunkDelta = ChatCompletionChunk['choices'][number]['delta'];

function chunkEvents(chunk: ChatCompletionChunk, done: DoneEventData, out: ChatEvent[]): void {
  done.id ??= chunk.id ?? null;
  done.created ??= chunk.created ?? null;
  done.system_fingerprint ??= chunk.system_fingerprint ?? null;
  done.service_tier ??= serviceTierOf(chunk as { service_tier?: unknown });
  const mcpLists = mcpListFields(chunk as { mcp_list_tools?: unknown });
  if (mcpLists.mcp_list_tools) out.push({ event: 'delta', data: mcpLists });
  const choice = chunk.choices?.[0];
  if (choice?.delta) appendDelta(out, choice.delta);
  const usage = usageFrom(chunk.x_groq?.usage);
  if (usage) out.push({ event: 'usage', data: usage });
  if (choice?.finish_reason) done.finish_reason = choice.finish_reason;
}

/**
 * A chunk that carries nothing but the next piece of the answer, in the shape Groq streams it:
 * scalar header fields (any order), then one choice whose delta is exactly `{"content": …}`. Any
 * other key (usage, x_groq, tool calls, reasoning, a finish reason, an error…) fails the match.
 */
const CONTENT_ONLY_CHUNK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are not JSON, so such a chunk takes the full parse (and fails as before).
  /^\{(?:"(?:id|object|model|system_fingerprint|service_tier)":"[^"\\\u0000-\u001f]*",|"created":\d+,)*"choices":\[\{"index":0,"delta":\{"content":("(?:[^"\\]|\\.)*")\},"logprobs":null,"finish_reason":null\}\]\}$/;
const DONE_FIELDS = ['id', 'created', 'system_fingerprint', 'service_tier'] as const;
const DONE_FIELD_KEYS = DONE_FIELDS.map((field) => `"${field}":`);

/**
 * The text of a content-only chunk without building the chunk (JSON.parse of every chunk and the
 * objects it makes were the proxy's largest per-token cost), or undefined for any other chunk,
 * which is then parsed in full. Exact: only when the chunk could not fill a `done` field that is
 * still empty, and the string is decoded by JSON.parse itself.
 */
function contentOnly(payload: string, done: DoneEventData): string | undefined {
  const match = CONTENT_ONLY_CHUNK.exec(payload);
  if (!match) return undefined;
  for (let i = 0; i < DONE_FIELDS.length; i++) {
    const field = DONE_FIELDS[i] as (typeof DONE_FIELDS)[number];
    if (done[field] == null && payload.includes(DONE_FIELD_KEYS[i] as string)) return undefined;
  }
  return JSON.parse(match[1] as string) as string;
}

/**
 * The upstream's SSE body as batches of typed events: one batch per network read, consecutive
 * deltas merged into one event (the browser appends their text either way). `start` goes with what
 * had already arrived with the headers, and `done` with the read that brought `[DONE]` (the upstream
 * is not waited for to close), so a short answer costs the fewest writes. Errors are the ones
 * groq-sdk's iterator would throw: an `error` payload becomes an APIError, bad JSON a SyntaxError.
 */
export async function* streamedEventBatches(
  body: ReadableStream<Uint8Array> | Readable,
  response: Response,
  model: string,
): AsyncGenerator<ChatEvent[]> {
  const done: DoneEventData = {
    finish_reason: null,
    id: null,
    system_fingerprint: null,
    created: null,
    service_tier: null,
  };
  let out: ChatEvent[] = [startEvent(response, model)];
  for await (const payloads of sseDataBatches(body, { leading: true })) {
    for (const payload of payloads) {
      if (payload.startsWith('[DONE]')) {
        out.push({ event: 'done', data: done });
        yield out;
        return;
      }
      const content = contentOnly(payload, done);
      if (content !== undefined) {
        if (content) appendDelta(out, { content });
        continue;
      }
      const chunk = JSON.parse(payload) as ChatCompletionChunk & { error?: unknown };
      if (chunk?.error) {
        if (out.length > 0) yield out; // what streamed before the error still reaches the browser
        throw new APIError(undefined, chunk.error as object, undefined, response.headers);
      }
      chunkEvents(chunk, done, out);
    }
    if (out.length > 0) yield out;
    out = [];
  }
  // A stream is complete when it says so: a finish_reason, or `[DONE]` (some OpenAI-compatible
  // servers close with [DONE] alone). Neither means the connection ended mid-answer.
  if (done.finish_reason === null) {
    throw new Error('the stream ended before the model finished its answer');
  }
  yield [{ event: 'done', data: done }];
}

import 'server-only';
import type { ChatCompletion, ChatCompletionChunk } from 'groq-sdk/resources/chat/completions';
import { EVENT_STREAM_HEADERS, encodeEvent } from '../stream/encode';
import type {
  Annotation,
  ChatEvent,
  DeltaEventData,
  DoneEventData,
  ExecutedToolDelta,
  UsageEventData,
} from '../stream/events';
import { errorPayload, toPlaygroundError } from './errors';
import { pickRateLimitHeaders } from './rate-limit';

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

/** Groq's `executed_tools` and `annotations` (typed loosely by the SDK) as the event protocol carries them. */
function serverToolFields(source: { executed_tools?: unknown; annotations?: unknown }): DeltaEventData {
  const data: DeltaEventData = {};
  if (Array.isArray(source.executed_tools) && source.executed_tools.length > 0) {
    data.executed_tools = source.executed_tools.map((tool: ExecutedToolDelta, position: number) => ({
      ...tool,
      index: typeof tool.index === 'number' ? tool.index : position,
    }));
  }
  if (Array.isArray(source.annotations) && source.annotations.length > 0) {
    data.annotations = source.annotations as Annotation[];
  }
  return data;
}

export async function* completionEvents(
  completion: ChatCompletion,
  response: Response,
  model: string,
): AsyncGenerator<ChatEvent> {
  const choice = completion.choices[0];
  const message = choice?.message;
  yield startEvent(response, completion.model ?? model);
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

function chunkEvents(chunk: ChatCompletionChunk, done: DoneEventData): ChatEvent[] {
  const events: ChatEvent[] = [];
  done.id ??= chunk.id ?? null;
  done.created ??= chunk.created ?? null;
  done.system_fingerprint ??= chunk.system_fingerprint ?? null;
  done.service_tier ??= serviceTierOf(chunk as { service_tier?: unknown });
  const choice = chunk.choices[0];
  const delta = choice?.delta;
  if (delta) {
    const data: Extract<ChatEvent, { event: 'delta' }>['data'] = {};
    if (delta.reasoning) data.reasoning = delta.reasoning;
    if (delta.content) data.content = delta.content;
    if (delta.tool_calls?.length) data.tool_calls = delta.tool_calls;
    Object.assign(data, serverToolFields(delta));
    if (Object.keys(data).length > 0) events.push({ event: 'delta', data });
  }
  const usage = usageFrom(chunk.x_groq?.usage);
  if (usage) events.push({ event: 'usage', data: usage });
  if (choice?.finish_reason) done.finish_reason = choice.finish_reason;
  return events;
}

export async function* streamedEvents(
  chunks: AsyncIterable<ChatCompletionChunk>,
  response: Response,
  model: string,
): AsyncGenerator<ChatEvent> {
  const done: DoneEventData = {
    finish_reason: null,
    id: null,
    system_fingerprint: null,
    created: null,
    service_tier: null,
  };
  yield startEvent(response, model);
  for await (const chunk of chunks) yield* chunkEvents(chunk, done);
  if (done.finish_reason === null) throw new Error('the stream ended before the model finished its answer');
  yield { event: 'done', data: done };
}

/**
 * Serves events as SSE, one frame per event as it is produced. An exception after the first byte
 * becomes an `error` event (never a retry); the browser going away cancels the generator and aborts
 * the upstream request.
 */
export function eventStreamResponse(
  events: AsyncGenerator<ChatEvent>,
  abort: AbortController,
  secret: string,
): Response {
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await events.next();
        if (next.done) controller.close();
        else controller.enqueue(encodeEvent(next.value));
      } catch (error) {
        if (abort.signal.aborted) return; // cancelled: the stream is already closed for the reader
        controller.enqueue(
          encodeEvent({ event: 'error', data: errorPayload(toPlaygroundError(error, secret)) }),
        );
        controller.close();
      }
    },
    async cancel() {
      abort.abort();
      await events.return(undefined);
    },
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}

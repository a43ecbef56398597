import 'server-only';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsBase,
} from 'groq-sdk/resources/chat/completions';
import type { PlaygroundError } from '../errors';
import { type ChatRequest, toGroqRequestBody } from '../schema/chat-request';
import { EVENT_STREAM_HEADERS, encodeEvent } from '../stream/encode';
import type { ChatEvent, DoneEventData, UsageEventData } from '../stream/events';
import { serverEnv } from './env';
import { errorPayload, errorResponse, toPlaygroundError } from './errors';
import { pickRateLimitHeaders } from './rate-limit';
import { withRetry } from './retry';
import { getUpstream } from './upstream';

type UpstreamParams = ChatCompletionCreateParamsBase;

/** The body sent to Groq: exactly the fields the browser sent, minus the playground's own. */
export function toUpstreamParams(request: ChatRequest): UpstreamParams {
  return toGroqRequestBody(request) as UpstreamParams;
}

function linkAbort(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

/**
 * Calls Groq for one chat request and answers with the typed event stream. Errors before the first
 * byte become a JSON error response with the upstream status; errors after it become an `error`
 * event that follows whatever text already streamed. Aborting `signal` (the browser went away or
 * pressed Stop) aborts the upstream request.
 */
export async function proxyChat(request: ChatRequest, signal: AbortSignal): Promise<Response> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const abort = linkAbort(signal);
  const params = toUpstreamParams(request);
  const stream = params.stream === true;
  try {
    if (!stream) {
      const { data, response } = await withRetry(
        () =>
          upstream.client.chat.completions
            .create({ ...params, stream: false }, { signal: abort.signal })
            .withResponse(),
        env.GROQ_MAX_RETRIES,
        abort.signal,
      );
      return eventResponse(completionToEvents(data, response, request.model));
    }
    const { data, response } = await withRetry(
      () =>
        upstream.client.chat.completions
          .create({ ...params, stream: true }, { signal: abort.signal })
          .withResponse(),
      env.GROQ_MAX_RETRIES,
      abort.signal,
    );
    return new Response(chunksToEventStream(data, response, request.model, abort, upstream.apiKey), {
      headers: EVENT_STREAM_HEADERS,
    });
  } catch (error) {
    return errorResponse(toPlaygroundError(error, upstream.apiKey));
  }
}

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
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens,
    queue_time,
    prompt_time,
    completion_time,
    total_time,
  };
}

function completionToEvents(completion: ChatCompletion, response: Response, model: string): ChatEvent[] {
  const choice = completion.choices[0];
  const message = choice?.message;
  const events: ChatEvent[] = [startEvent(response, completion.model ?? model)];
  const toolCalls = message?.tool_calls?.map((call, index) => ({ index, ...call }));
  const reasoning = message?.reasoning ?? undefined;
  if (message?.content || toolCalls?.length || reasoning) {
    events.push({
      event: 'delta',
      data: {
        ...(reasoning ? { reasoning } : {}),
        ...(message?.content ? { content: message.content } : {}),
        ...(toolCalls?.length ? { tool_calls: toolCalls } : {}),
      },
    });
  }
  const usage = usageFrom(completion.usage);
  if (usage) events.push({ event: 'usage', data: usage });
  events.push({
    event: 'done',
    data: {
      finish_reason: choice?.finish_reason ?? null,
      id: completion.id ?? null,
      system_fingerprint: completion.system_fingerprint ?? null,
      created: completion.created ?? null,
    },
  });
  return events;
}

function eventResponse(events: ChatEvent[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of events) controller.enqueue(encodeEvent(event));
      controller.close();
    },
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}

function chunkEvents(chunk: ChatCompletionChunk, done: DoneEventData): ChatEvent[] {
  const events: ChatEvent[] = [];
  done.id ??= chunk.id ?? null;
  done.created ??= chunk.created ?? null;
  done.system_fingerprint ??= chunk.system_fingerprint ?? null;
  const choice = chunk.choices[0];
  const delta = choice?.delta;
  if (delta) {
    const data: ChatEvent & { event: 'delta' } = { event: 'delta', data: {} };
    if (delta.reasoning) data.data.reasoning = delta.reasoning;
    if (delta.content) data.data.content = delta.content;
    if (delta.tool_calls?.length) data.data.tool_calls = delta.tool_calls;
    if (Object.keys(data.data).length > 0) events.push(data);
  }
  const usage = usageFrom(chunk.x_groq?.usage);
  if (usage) events.push({ event: 'usage', data: usage });
  if (choice?.finish_reason) done.finish_reason = choice.finish_reason;
  return events;
}

function chunksToEventStream(
  chunks: AsyncIterable<ChatCompletionChunk>,
  response: Response,
  model: string,
  abort: AbortController,
  secret: string,
): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const done: DoneEventData = { finish_reason: null, id: null, system_fingerprint: null, created: null };
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: PlaygroundError) => {
    controller.enqueue(encodeEvent({ event: 'error', data: errorPayload(error) }));
    controller.close();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encodeEvent(startEvent(response, model)));
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) {
          if (done.finish_reason === null) {
            fail(
              controller,
              toPlaygroundError(new Error('the stream ended before the model finished its answer'), secret),
            );
            return;
          }
          controller.enqueue(encodeEvent({ event: 'done', data: done }));
          controller.close();
          return;
        }
        for (const event of chunkEvents(next.value, done)) controller.enqueue(encodeEvent(event));
      } catch (error) {
        if (abort.signal.aborted) {
          controller.close();
          return;
        }
        fail(controller, toPlaygroundError(error, secret));
      }
    },
    cancel() {
      abort.abort();
    },
  });
}

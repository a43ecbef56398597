import 'server-only';
import type { ChatCompletionCreateParamsBase } from 'groq-sdk/resources/chat/completions';
import { mcpHeaderSecrets } from '../mcp/redact';
import { type ChatRequest, toGroqRequestBody } from '../schema/chat-request';
import type { ChatEvent, GuardEventData } from '../stream/events';
import { completionEvents, streamedEventBatches } from './chat-events';
import { serverEnv } from './env';
import { errorResponse, toPlaygroundError } from './errors';
import { eventStreamResponse, oneByOne } from './event-stream-response';
import { inputScreening, outputScreening, screen } from './guard';
import { withRetry } from './retry';
import { takeNodeBody } from './transport';
import { getUpstream, type Upstream } from './upstream';

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

async function* blockedEvents(verdict: GuardEventData, model: string): AsyncGenerator<ChatEvent> {
  yield {
    event: 'start',
    data: { request_id: verdict.request_id, model, started_at: Date.now(), rate_limit: {} },
  };
  yield { event: 'guard', data: verdict };
  yield {
    event: 'done',
    data: { finish_reason: 'guard_blocked', id: null, system_fingerprint: null, created: null },
  };
}

/** The answer's text and then each tool call it made, as the output guard reads them. */
export function withToolCalls(
  answer: string,
  calls: readonly ({ name: string; args: string } | undefined)[],
): string {
  const made = calls.flatMap((call) => (call ? [`${call.name}(${call.args})`] : []));
  return [answer, ...made].filter((part) => part !== '').join('\n');
}

/**
 * Moderation around the main call: the input verdict follows `start`; when the answer is complete
 * it is screened too and flagged (not hidden) before `done`.
 */
async function* guardedEvents(
  batches: AsyncGenerator<ChatEvent[]>,
  inputVerdict: GuardEventData,
  request: ChatRequest,
  upstream: Upstream,
  signal: AbortSignal,
): AsyncGenerator<ChatEvent[]> {
  const guardModel = inputVerdict.model;
  // A prefilled assistant turn is part of the answer the user sees, so it is screened with it.
  const last = request.messages.at(-1);
  let answer = last?.role === 'assistant' && typeof last.content === 'string' ? last.content : '';
  // An answer that calls tools is screened with its calls (`name(arguments)`): they are what it says.
  const calls: { name: string; args: string }[] = [];
  for await (const batch of batches) {
    const out: ChatEvent[] = [];
    for (const event of batch) {
      if (event.event === 'done') {
        out.push({
          event: 'guard',
          data: await screen(
            upstream.client,
            'output',
            outputScreening(request.messages, withToolCalls(answer, calls)),
            signal,
            upstream.apiKey,
            guardModel,
          ),
        });
      }
      out.push(event);
      if (event.event === 'start') out.push({ event: 'guard', data: inputVerdict });
      if (event.event !== 'delta') continue;
      if (event.data.content) answer += event.data.content;
      for (const delta of event.data.tool_calls ?? []) {
        calls[delta.index] ??= { name: '', args: '' };
        const call = calls[delta.index] as { name: string; args: string };
        call.name += delta.function?.name ?? '';
        call.args += delta.function?.arguments ?? '';
      }
    }
    yield out;
  }
}

/**
 * Calls Groq for one chat request and answers with the typed event stream. Errors before the first
 * byte become a JSON error response with the upstream status; errors after it become an `error`
 * event that follows whatever text already streamed. Aborting `signal` (the browser went away or
 * pressed Stop) aborts the upstream request. `guardModel` screens the request when it asks for it.
 * `onFinished` runs once when the answer is over: at once for an error response, else when its
 * stream has ended, failed or been cancelled (the route frees its stream slot there).
 */
export async function proxyChat(
  request: ChatRequest,
  signal: AbortSignal,
  guardModel: string | null = null,
  onFinished: () => void = () => {},
): Promise<Response> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const abort = linkAbort(signal);
  const params = toUpstreamParams(request);
  const secret = upstream.apiKey;
  // Upstream error text never echoes the key or an MCP server's header values.
  const secrets = [secret, ...mcpHeaderSecrets(params.tools)];
  const options = { signal: abort.signal };
  try {
    let inputVerdict: GuardEventData | undefined;
    if (request.guard && guardModel) {
      inputVerdict = await screen(
        upstream.client,
        'input',
        inputScreening(request.messages),
        abort.signal,
        secret,
        guardModel,
      );
      if (inputVerdict.status === 'unsafe') {
        return eventStreamResponse(
          oneByOne(blockedEvents(inputVerdict, request.model)),
          abort,
          secret,
          onFinished,
        );
      }
    }
    let events: AsyncGenerator<ChatEvent[]>;
    if (params.stream === true) {
      // The raw response (groq-sdk still sends the request, checks the status and maps errors):
      // its SSE body is read by our lean reader instead of the SDK's per-chunk iterator.
      const response = await withRetry(
        () => upstream.client.chat.completions.create({ ...params, stream: true }, options).asResponse(),
        env.GROQ_MAX_RETRIES,
        abort.signal,
      );
      const body = takeNodeBody(response) ?? response.body;
      if (!body) throw new Error('the upstream answered without a body');
      events = streamedEventBatches(body, response, request.model);
    } else {
      const { data, response } = await withRetry(
        () => upstream.client.chat.completions.create({ ...params, stream: false }, options).withResponse(),
        env.GROQ_MAX_RETRIES,
        abort.signal,
      );
      events = oneByOne(completionEvents(data, response, request.model));
    }
    if (inputVerdict) events = guardedEvents(events, inputVerdict, request, upstream, abort.signal);
    return eventStreamResponse(events, abort, secrets, onFinished);
  } catch (error) {
    onFinished();
    return errorResponse(toPlaygroundError(error, secrets));
  }
}

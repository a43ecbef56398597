import 'server-only';
import { mcpHeaderSecrets } from '../mcp/redact';
import type { ResponsesRequest } from '../schema/responses-request';
import type { ChatEvent } from '../stream/events';
import { serverEnv } from './env';
import { errorResponse, toPlaygroundError } from './errors';
import { eventStreamResponse, oneByOne } from './event-stream-response';
import { responseObjectEvents, responsesStreamBatches } from './responses-events';
import { withRetry } from './retry';
import { takeNodeBody } from './transport';
import { getUpstream } from './upstream';

/** Groq's Responses endpoint; groq-sdk 1.6 has no `responses` resource, so its generic `post` sends it. */
export const RESPONSES_PATH = '/openai/v1/responses';

async function* fromSync(events: Iterable<ChatEvent>): AsyncGenerator<ChatEvent> {
  yield* events;
}

/**
 * Sends one Responses request upstream and answers with the typed event stream the chat
 * transcript renders. Errors before the first byte keep their status (424 for a failing MCP
 * server); later ones become an `error` event. Error text never carries the key or MCP headers.
 */
export async function proxyResponses(
  request: ResponsesRequest,
  signal: AbortSignal,
  onFinished: () => void = () => {},
): Promise<Response> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const abort = new AbortController();
  if (signal.aborted) abort.abort();
  else signal.addEventListener('abort', () => abort.abort(), { once: true });
  const secrets = [upstream.apiKey, ...mcpHeaderSecrets(request.tools)];
  const options = { body: request, signal: abort.signal };
  try {
    let events: AsyncGenerator<ChatEvent[]>;
    if (request.stream === true) {
      const response = await withRetry(
        () => upstream.client.post(RESPONSES_PATH, { ...options, stream: true }).asResponse(),
        env.GROQ_MAX_RETRIES,
        abort.signal,
      );
      const body = takeNodeBody(response) ?? response.body;
      if (!body) throw new Error('the upstream answered without a body');
      events = responsesStreamBatches(body, response, request.model);
    } else {
      const { data, response } = await withRetry(
        () => upstream.client.post<unknown>(RESPONSES_PATH, options).withResponse(),
        env.GROQ_MAX_RETRIES,
        abort.signal,
      );
      events = oneByOne(fromSync(responseObjectEvents(data, response, request.model)));
    }
    return eventStreamResponse(events, abort, secrets, onFinished);
  } catch (error) {
    onFinished();
    return errorResponse(toPlaygroundError(error, secrets));
  }
}

/**
 * Browser side of `POST /api/chat` (or, with the Responses API chosen, `POST /api/responses` with
 * the same request in the Responses shape): sends a request and yields typed events. A refusal
 * before the stream (validation, upstream 4xx/5xx) is rebuilt into the same error shape and yielded
 * as an `error` event, so callers handle one vocabulary.
 */
import type { ChatApi } from '../mcp/settings';
import { responsesBodyFromChat } from '../responses/from-chat';
import type { ChatRequest } from '../schema/chat-request';
import { readChatEvents } from '../stream/decode';
import type { ChatEvent } from '../stream/events';
import { networkError, parseJson, responseError } from './response-error';

export async function* streamChat(
  request: ChatRequest,
  signal: AbortSignal,
  api: ChatApi = 'chat',
): AsyncGenerator<ChatEvent> {
  let response: Response;
  const body = api === 'responses' ? responsesBodyFromChat(request).body : request;
  try {
    response = await fetch(api === 'responses' ? '/api/responses' : '/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal.aborted) return;
    yield { event: 'error', data: { error: networkError(error) } };
    return;
  }
  if (!response.ok || !response.body) {
    yield { event: 'error', data: { error: responseError(parseJson(await response.text()), response) } };
    return;
  }
  try {
    yield* readChatEvents(response.body);
  } catch (error) {
    if (signal.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    yield {
      event: 'error',
      data: {
        error: { status: 0, type: 'network_error', code: null, message: `Connection lost: ${message}` },
      },
    };
  }
}

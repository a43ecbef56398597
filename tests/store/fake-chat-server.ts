/**
 * A stand-in for `POST /api/chat` in store tests: every request is recorded with the time it was
 * sent, and answered by a stream the test controls (events pushed one by one, then closed), or at
 * once with a list of events. Honours the request's abort signal like the real fetch.
 */
import { vi } from 'vitest';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { encodeEvent } from '@/lib/stream/encode';
import type { ChatEvent } from '@/lib/stream/events';

export interface FakeCall {
  request: ChatRequest;
  sentAt: number;
  push: (event: ChatEvent) => void;
  close: () => void;
  aborted: () => boolean;
}

export function fakeChatServer(autoAnswer?: (request: ChatRequest) => ChatEvent[]) {
  const calls: FakeCall[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const request = JSON.parse(String(init.body)) as ChatRequest;
    const signal = init.signal as AbortSignal;
    // Like the real fetch: a request aborted before it is sent fails at once.
    if (signal.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let closed = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    const close = () => {
      if (closed) return;
      closed = true;
      controller.close();
    };
    signal.addEventListener('abort', () => {
      if (closed) return;
      closed = true;
      controller.error(new DOMException('The operation was aborted.', 'AbortError'));
    });
    const call: FakeCall = {
      request,
      sentAt: Date.now(),
      push: (event) => {
        if (!closed) controller.enqueue(encodeEvent(event));
      },
      close,
      aborted: () => signal.aborted,
    };
    calls.push(call);
    if (autoAnswer) {
      for (const event of autoAnswer(request)) call.push(event);
      close();
    }
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** A complete short answer: start, the text as one delta per word, usage, done. */
export function answerEvents(text: string, model = 'm'): ChatEvent[] {
  const words = text.split(/(?<= )/);
  return [
    { event: 'start', data: { request_id: `req_${model}`, model, started_at: 1, rate_limit: {} } },
    ...words.map((word): ChatEvent => ({ event: 'delta', data: { content: word } })),
    {
      event: 'usage',
      data: {
        prompt_tokens: 3,
        completion_tokens: words.length,
        total_tokens: 3 + words.length,
        completion_time: 0.01,
      },
    },
    {
      event: 'done',
      data: { finish_reason: 'stop', id: 'chatcmpl-1', system_fingerprint: null, created: 2 },
    },
  ];
}

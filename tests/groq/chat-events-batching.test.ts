import { PassThrough } from 'node:stream';
import { APIError } from 'groq-sdk';
import { describe, expect, it } from 'vitest';
import { streamedEventBatches } from '@/lib/groq/chat-events';
import { COALESCE_MS, eventStreamResponse } from '@/lib/groq/event-stream-response';
import { EventStreamDecoder } from '@/lib/stream/decode';
import type { ChatEvent } from '@/lib/stream/events';

/**
 * How the proxy groups typed events into writes (one write per batch): `start` goes with what had
 * arrived with the headers, `done` with the read that brought `[DONE]`, and an error mid-stream still
 * delivers the text before it.
 */
const response = new Response(null, { headers: { 'x-request-id': 'req_1' } });
const MODEL = 'llama-3.1-8b-instant';
const head = '"id":"chatcmpl-1","object":"chat.completion.chunk","created":7,"model":"m",';
const content = (text: string) =>
  `data: {${head}"choices":[{"index":0,"delta":{"content":${JSON.stringify(text)}},"logprobs":null,"finish_reason":null}]}\n\n`;
const role = `data: {${head}"choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}\n\n`;
const last = `data: {${head}"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"x_groq":{"id":"req_1","usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}}\n\n`;

const kinds = (batch: ChatEvent[]) => batch.map((e) => e.event);

describe('the batches of a streamed answer', () => {
  it('sends start together with the chunks that came with the headers', async () => {
    const body = new PassThrough();
    body.write(role + content('Hel'));
    const batches = streamedEventBatches(body, response, MODEL);
    const first = (await batches.next()).value as ChatEvent[];
    expect(kinds(first)).toEqual(['start', 'delta']);
    expect(first[1]).toEqual({ event: 'delta', data: { content: 'Hel' } });
    body.end(content('lo') + last + 'data: [DONE]\n\n');
    const rest: ChatEvent[] = [];
    for await (const batch of batches) rest.push(...batch);
    expect(kinds(rest)).toEqual(['delta', 'usage', 'done']);
  });

  it('sends start alone, at once, when nothing came with the headers', async () => {
    const body = new PassThrough();
    const batches = streamedEventBatches(body, response, MODEL);
    expect(kinds((await batches.next()).value as ChatEvent[])).toEqual(['start']);
    body.end(role + content('x') + last + 'data: [DONE]\n\n');
    const rest: ChatEvent[] = [];
    for await (const batch of batches) rest.push(...batch);
    expect(kinds(rest)).toEqual(['delta', 'usage', 'done']);
  });

  it('ends with done in the read that brought [DONE], without waiting for the upstream to close', async () => {
    const body = new PassThrough();
    body.write(role);
    const batches = streamedEventBatches(body, response, MODEL);
    await batches.next();
    body.write(content('hi') + last + 'data: [DONE]\n\n'); // and the body stays open
    const final = (await batches.next()).value as ChatEvent[];
    expect(kinds(final)).toEqual(['delta', 'usage', 'done']);
    expect(final.at(-1)).toEqual({
      event: 'done',
      data: {
        finish_reason: 'stop',
        id: 'chatcmpl-1',
        system_fingerprint: null,
        created: 7,
        service_tier: null,
      },
    });
    expect((await batches.next()).done).toBe(true);
    body.end();
  });

  it('delivers the text before an error event that arrives in the same read, then the error', async () => {
    const body = new PassThrough();
    const error = { message: 'Service Unavailable', type: 'internal_server_error' };
    body.end(`${role}${content('partial')}data: ${JSON.stringify({ error })}\n\n`);
    const seen: ChatEvent[] = [];
    const failure = await (async () => {
      for await (const batch of streamedEventBatches(body, response, MODEL)) seen.push(...batch);
    })().catch((e: unknown) => e);
    expect(kinds(seen)).toEqual(['start', 'delta']);
    expect(failure).toBeInstanceOf(APIError);
  });

  it('serves the same event protocol to the browser, one write per batch, the error event last', async () => {
    const body = new PassThrough();
    const error = { message: 'Service Unavailable', type: 'internal_server_error' };
    body.end(`${role}${content('é😀')}data: ${JSON.stringify({ error })}\n\n`);
    const served = eventStreamResponse(
      streamedEventBatches(body, response, MODEL),
      new AbortController(),
      'gsk_secret',
    );
    const decoder = new EventStreamDecoder();
    const events: ChatEvent[] = [];
    const reader = (served.body as ReadableStream<Uint8Array>).getReader();
    let writes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      writes++;
      events.push(...decoder.push(value));
    }
    expect(kinds(events)).toEqual(['start', 'delta', 'error']);
    expect(events[1]).toEqual({ event: 'delta', data: { content: 'é😀' } });
    expect(writes).toBe(2);
  });

  it('after the first text, writes what arrives within COALESCE_MS together; start and the first text at once', async () => {
    const delta = (content: string): ChatEvent => ({ event: 'delta', data: { content } });
    const done: ChatEvent = {
      event: 'done',
      data: { finish_reason: 'stop', id: null, system_fingerprint: null, created: null },
    };
    async function* upstream(): AsyncGenerator<ChatEvent[]> {
      yield [{ event: 'start', data: { request_id: null, model: MODEL, started_at: 1, rate_limit: {} } }];
      yield [delta('a')];
      yield [delta('b')];
      yield [delta('c')];
      yield [delta('d'), done];
    }
    const writes = await servedWrites(eventStreamResponse(upstream(), new AbortController(), 'gsk_secret'));
    expect(writes.map(kinds)).toEqual([['start'], ['delta'], ['delta', 'delta', 'delta', 'done']]);
    expect(COALESCE_MS).toBeLessThanOrEqual(25); // under the page's own update gap (frame-batcher.ts)
  });

  it('a failure inside the coalescing window still delivers the text taken before it, then the error', async () => {
    async function* upstream(): AsyncGenerator<ChatEvent[]> {
      yield [{ event: 'delta', data: { content: 'one' } }];
      yield [{ event: 'delta', data: { content: 'two' } }];
      throw new Error('the stream ended before the model finished its answer');
    }
    const writes = await servedWrites(eventStreamResponse(upstream(), new AbortController(), 'gsk_secret'));
    expect(writes.map(kinds)).toEqual([['delta'], ['delta', 'error']]);
    expect(writes[1]?.[0]).toEqual({ event: 'delta', data: { content: 'two' } });
  });
});

/** The SSE writes a served response makes, each decoded into its events. */
async function servedWrites(served: Response): Promise<ChatEvent[][]> {
  const decoder = new EventStreamDecoder();
  const reader = (served.body as ReadableStream<Uint8Array>).getReader();
  const writes: ChatEvent[][] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return writes;
    writes.push(decoder.push(value));
  }
}

import 'server-only';
import { EVENT_STREAM_HEADERS, formatEvent } from '../stream/encode';
import type { ChatEvent } from '../stream/events';
import { errorPayload, toPlaygroundError } from './errors';

/**
 * The proxy's side of the stream to the browser: typed event batches (chat-events.ts, the Responses
 * API's events) written as Server-Sent Events, with the writes batched (COALESCE_MS).
 */

/**
 * A batch as one chunk of SSE frames (lib/stream/encode's frames). Buffer.from takes small chunks
 * from Node's pool, cheaper per write than TextEncoder's fresh array; a Buffer is a Uint8Array.
 */
function encodeBatch(events: readonly ChatEvent[]): Uint8Array {
  let text = '';
  for (const event of events) text += formatEvent(event);
  return Buffer.from(text, 'utf8');
}

/** A generator of single events as one-event batches. */
export async function* oneByOne(events: AsyncIterable<ChatEvent>): AsyncGenerator<ChatEvent[]> {
  for await (const event of events) yield [event];
}

/**
 * Once the answer's first text has gone out, a write waits until this long after the previous one:
 * what arrives meanwhile goes out with it. Groq streams about a token per millisecond, so a write per
 * upstream read was a syscall, a stream hop and an SSE frame per token (bench:proxy-events: ~10 µs
 * per event one at a time, ~3 µs four at a time); the browser draws at most every 25 ms anyway
 * (frame-batcher.ts). The first text and `done` are never held back.
 */
export const COALESCE_MS = 4;

const isDone = (event: ChatEvent) => event.event === 'done';

/**
 * Serves event batches as SSE: the first batches (`start`, the first text) are written as soon as
 * they are produced, then one write at most every COALESCE_MS carries all that arrived. Every batch
 * is taken as soon as it arrives, so a fast upstream is never read behind. An exception after the
 * first byte becomes an `error` event after the text already taken (never a retry); the browser
 * going away cancels the generator and aborts the upstream request. `onFinished` runs once, when the
 * body has ended, failed or been cancelled (it frees the stream slot without a second stream around
 * this one, which would cost a read, a promise and an enqueue per chunk).
 */
export function eventStreamResponse(
  batches: AsyncGenerator<ChatEvent[]>,
  abort: AbortController,
  secret: string | readonly string[],
  onFinished: () => void = () => {},
): Response {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    onFinished();
  };
  /** A `next()` the coalescing window gave up waiting for: the following pull takes it. */
  let pending: Promise<IteratorResult<ChatEvent[]>> | undefined;
  const take = () => {
    if (!pending) {
      pending = batches.next();
      // Left behind by a cancelled stream, its failure is nobody's: no unhandled rejection.
      pending.catch(() => undefined);
    }
    return pending;
  };
  let textSent = false;
  let lastWrite = 0;
  /** Batches that arrive within COALESCE_MS of the last write, appended to `events`; true at the end. */
  const gather = async (events: ChatEvent[]): Promise<boolean> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const window = new Promise<null>((resolve) => {
      timer = setTimeout(resolve, Math.max(0, lastWrite + COALESCE_MS - performance.now()), null);
    });
    try {
      for (;;) {
        const more = await Promise.race([take(), window]);
        if (more === null) return false;
        pending = undefined;
        if (more.done) return true;
        for (const event of more.value) events.push(event);
        if (more.value.some(isDone)) return false;
      }
    } finally {
      clearTimeout(timer);
    }
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const events: ChatEvent[] = [];
      try {
        let ended = false;
        while (events.length === 0) {
          const next = await take();
          pending = undefined;
          if (next.done) {
            ended = true;
            break;
          }
          for (const event of next.value) events.push(event);
        }
        if (!ended && textSent && !events.some(isDone)) ended = await gather(events);
        if (events.length > 0) {
          controller.enqueue(encodeBatch(events));
          lastWrite = performance.now();
          textSent ||= events.some((event) => event.event === 'delta');
        }
        if (ended) {
          finish();
          controller.close();
        }
      } catch (error) {
        finish();
        if (abort.signal.aborted) return; // cancelled: the stream is already closed for the reader
        controller.enqueue(
          encodeBatch([...events, { event: 'error', data: errorPayload(toPlaygroundError(error, secret)) }]),
        );
        controller.close();
      }
    },
    async cancel() {
      finish();
      abort.abort();
      await batches.return(undefined);
    },
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}

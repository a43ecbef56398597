import 'server-only';
import type { Readable } from 'node:stream';
import { terminated } from './transport';

export interface SseReadOptions {
  /**
   * Yield first, at once, the events already buffered when reading starts (possibly none): a caller
   * can then send its own first event together with them, in one write, without waiting for more.
   */
  leading?: boolean;
}

/**
 * A lean reader for the upstream's Server-Sent Events: yields, for each network read, the `data`
 * payloads of the events that read completed (often several: Groq writes many chunks per packet at
 * full speed). One TextDecoder, one string buffer, no per-line objects: groq-sdk's own iterator
 * builds a line decoder, an SSE object and an async-generator hop per chunk, which dominated the
 * proxy's per-event cost. Event names and ids are ignored, as groq-sdk ignores them for chat.
 * A caller that stops reading after `[DONE]` has the rest of a Node body drained (the connection
 * goes back to the pool); stopping earlier closes the upstream connection.
 */
export function sseDataBatches(
  body: ReadableStream<Uint8Array> | Readable,
  options: SseReadOptions = {},
): AsyncGenerator<string[]> {
  // Not `yield*`: delegating costs a generator hop per read.
  return body instanceof ReadableStream
    ? webSseDataBatches(body, options)
    : nodeSseDataBatches(body, options);
}

async function* webSseDataBatches(
  body: ReadableStream<Uint8Array>,
  options: SseReadOptions,
): AsyncGenerator<string[]> {
  if (options.leading) yield [];
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const batch = parser.push(decoder.decode(value, { stream: true }));
      if (batch.length > 0) yield batch;
    }
    const last = parser.end(decoder.decode());
    if (last.length > 0) yield last;
  } finally {
    // Cancelling (not just releasing) tells undici to close the upstream body when we stop early.
    await reader.cancel().catch(() => {});
  }
}

/** How long a finished answer's leftover body may take to end before its connection is closed. */
const DRAIN_MS = 5_000;

/** Reads the rest of a body nobody needs, so its keep-alive connection is reused; bounded in time. */
function drain(body: Readable): void {
  const timer = setTimeout(() => body.destroy(), DRAIN_MS);
  timer.unref?.();
  body.once('close', () => clearTimeout(timer));
  body.on('error', () => {});
  body.resume();
}

/**
 * The same from the Node stream of lib/groq/transport.ts: each step takes everything buffered so
 * far as one string (`read()` returns the whole buffer), so under load one batch carries several
 * network reads. A connection that breaks off throws what undici's body would.
 */
async function* nodeSseDataBatches(body: Readable, options: SseReadOptions): AsyncGenerator<string[]> {
  body.setEncoding('utf8');
  const parser = createSseParser();
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | null = null;
  const onChange = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const onEnd = () => {
    ended = true;
    onChange();
  };
  const onError = (error: unknown) => {
    failure ??= error;
    onChange();
  };
  // A body closed before its end (the socket destroyed without an error) is cut off, too.
  const onClose = () => onError(ended ? undefined : new Error('premature close'));
  body.on('readable', onChange);
  body.once('end', onEnd);
  body.on('error', onError);
  body.once('close', onClose);
  let sawDone = false;
  let complete = false;
  try {
    let leading = options.leading === true;
    for (;;) {
      const text = body.read() as string | null;
      if (text !== null || leading) {
        const batch = parser.push(text ?? '');
        if (batch.length > 0 || leading) {
          leading = false;
          sawDone ||= batch.some((data) => data.startsWith('[DONE]'));
          yield batch;
        }
        continue;
      }
      if (ended) break;
      if (failure !== undefined) throw terminated(failure);
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    complete = true;
    const last = parser.end();
    if (last.length > 0) yield last;
  } finally {
    body.off('readable', onChange);
    body.off('end', onEnd);
    body.off('error', onError);
    body.off('close', onClose);
    // Stopped early: after `[DONE]` the rest is drained for reuse; otherwise the answer is not
    // wanted any more and the upstream connection is closed.
    if (!complete && !ended) {
      if (sawDone && failure === undefined) drain(body);
      else body.destroy();
    }
  }
}

export interface SseParser {
  /** Feeds decoded text; returns the data of every event it completed. */
  push(text: string): string[];
  /** Ends the stream: an event without its trailing blank line still counts. */
  end(text?: string): string[];
}

/** The SSE line grammar (WHATWG): LF, CR or CRLF ends a line; a blank line dispatches the event. */
export function createSseParser(): SseParser {
  let buffer = '';
  let data: string | null = null;

  const line = (text: string, out: string[]) => {
    if (text === '') {
      if (data !== null) out.push(data);
      data = null;
      return;
    }
    if (text.charCodeAt(0) === 58 /* ':' comment */) return;
    if (text.startsWith('data:')) {
      const value = text.charCodeAt(5) === 32 ? text.slice(6) : text.slice(5);
      data = data === null ? value : `${data}\n${value}`;
    } else if (text === 'data') {
      data = data === null ? '' : `${data}\n`;
    }
  };

  const drain = (final: boolean): string[] => {
    const out: string[] = [];
    if (buffer.includes('\r')) {
      // A lone trailing \r may be half of a \r\n split across reads: keep it for the next read.
      const keepCr = !final && buffer.endsWith('\r');
      buffer = buffer.replace(/\r\n?/g, '\n');
      if (keepCr) buffer = `${buffer.slice(0, -1)}\r`;
    }
    let start = 0;
    for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n', start)) {
      line(buffer.slice(start, nl), out);
      start = nl + 1;
    }
    buffer = start === 0 ? buffer : buffer.slice(start);
    if (final) {
      if (buffer !== '' && buffer !== '\r') line(buffer, out);
      buffer = '';
      line('', out);
    }
    return out;
  };

  return {
    push(text) {
      buffer += text;
      return drain(false);
    },
    end(text = '') {
      buffer += text;
      return drain(true);
    },
  };
}

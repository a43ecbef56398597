/**
 * Client side of the event protocol: an incremental SSE parser. Frames may be split anywhere across
 * network chunks (even inside a UTF-8 character); unknown event names and comments are skipped.
 */
import { type ChatEvent, isChatEventName } from './events';

export class EventStreamDecoder {
  private buffer = '';
  private readonly text = new TextDecoder();

  /** Feeds bytes; returns every event completed by them. */
  push(chunk: Uint8Array): ChatEvent[] {
    this.buffer += this.text.decode(chunk, { stream: true });
    return this.drain();
  }

  /** Flushes the decoder at the end of the stream (a final frame without its blank line counts). */
  end(): ChatEvent[] {
    this.buffer += this.text.decode();
    const events = this.drain();
    if (this.buffer.trim() !== '') {
      const last = parseFrame(this.buffer);
      this.buffer = '';
      if (last) events.push(last);
    }
    return events;
  }

  /**
   * Linear in what arrived: one pass over the buffer, one slice of the rest at the end (slicing the
   * buffer per frame was quadratic when a read brought many events, e.g. ten Run all rows at once).
   */
  private drain(): ChatEvent[] {
    const events: ChatEvent[] = [];
    // A lone trailing \r may be the first half of a \r\n split across chunks: leave it for later.
    if (this.buffer.includes('\r')) this.buffer = this.buffer.replace(/\r\n|\r(?=[\s\S])/g, '\n');
    let start = 0;
    let boundary = this.buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const event = parseFrame(this.buffer.slice(start, boundary));
      if (event) events.push(event);
      start = boundary + 2;
      boundary = this.buffer.indexOf('\n\n', start);
    }
    if (start > 0) this.buffer = this.buffer.slice(start);
    return events;
  }
}

function parseFrame(frame: string): ChatEvent | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (!isChatEventName(name) || data.length === 0) return null;
  try {
    return { event: name, data: JSON.parse(data.join('\n')) } as ChatEvent;
  } catch {
    return null;
  }
}

/** Reads a response body as typed events, as they arrive. */
export async function* readChatEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ChatEvent> {
  const decoder = new EventStreamDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* decoder.push(value);
    }
    yield* decoder.end();
  } finally {
    reader.releaseLock();
  }
}

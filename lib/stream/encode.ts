/** Server side of the event protocol: one SSE frame per event, written in batches. */
import type { ChatEvent } from './events';

const encoder = new TextEncoder();

export function formatEvent(event: ChatEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

export function encodeEvent(event: ChatEvent): Uint8Array {
  return encoder.encode(formatEvent(event));
}

/** Several events as one chunk of frames (one write for everything one upstream read produced). */
export function encodeEvents(events: readonly ChatEvent[]): Uint8Array {
  let text = '';
  for (const event of events) text += formatEvent(event);
  return encoder.encode(text);
}

/** Headers that keep proxies (nginx, Vercel) from buffering or transforming the stream. */
export const EVENT_STREAM_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
};

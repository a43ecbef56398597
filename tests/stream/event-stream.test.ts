import { describe, expect, it } from 'vitest';
import { EventStreamDecoder, readChatEvents } from '@/lib/stream/decode';
import { encodeEvent, formatEvent } from '@/lib/stream/encode';
import type { ChatEvent } from '@/lib/stream/events';

const events: ChatEvent[] = [
  {
    event: 'start',
    data: {
      request_id: 'req_1',
      model: 'm',
      started_at: 1,
      rate_limit: { 'x-ratelimit-limit-tokens': '18000' },
    },
  },
  { event: 'delta', data: { content: 'Héllo 👋\n\nworld' } },
  {
    event: 'usage',
    data: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, completion_time: 0.01 },
  },
  { event: 'done', data: { finish_reason: 'stop', id: 'chatcmpl-1', system_fingerprint: null, created: 2 } },
];

function bytes(list: ChatEvent[]): Uint8Array {
  return new TextEncoder().encode(list.map(formatEvent).join(''));
}

describe('event stream protocol', () => {
  it('round-trips every event through encode and decode', () => {
    const decoder = new EventStreamDecoder();
    expect(decoder.push(bytes(events))).toEqual(events);
  });

  it('reassembles frames split at every possible byte, including inside a UTF-8 character', () => {
    const all = bytes(events);
    // The fixture has 2- and 4-byte characters, so some cuts fall on UTF-8 continuation bytes.
    const insideCharacter = [...all.keys()].filter((i) => ((all[i] ?? 0) & 0xc0) === 0x80);
    expect(insideCharacter.length).toBeGreaterThanOrEqual(4);
    for (let cut = 1; cut < all.length; cut += 1) {
      const decoder = new EventStreamDecoder();
      const out = [...decoder.push(all.slice(0, cut)), ...decoder.push(all.slice(cut)), ...decoder.end()];
      expect(out).toEqual(events);
    }
  });

  it('accepts CRLF line endings, comments, and skips unknown events', () => {
    const text =
      ': keep-alive\r\n\r\nevent: mystery\r\ndata: {}\r\n\r\nevent: delta\r\ndata: {"content":"a"}\r\n\r\n';
    const decoder = new EventStreamDecoder();
    expect(decoder.push(new TextEncoder().encode(text))).toEqual([
      { event: 'delta', data: { content: 'a' } },
    ]);
  });

  it('does not mistake a CRLF split across two chunks for a frame boundary', () => {
    const decoder = new EventStreamDecoder();
    const first = decoder.push(new TextEncoder().encode('event: delta\r'));
    const second = decoder.push(new TextEncoder().encode('\ndata: {"content":"x"}\r\n\r\n'));
    expect([...first, ...second]).toEqual([{ event: 'delta', data: { content: 'x' } }]);
  });

  it('a read carrying thousands of events yields them all, in order, keeping a partial frame for later', () => {
    const deltas: ChatEvent[] = Array.from({ length: 5000 }, (_, i) => ({
      event: 'delta',
      data: { content: `t${i} ` },
    }));
    const all = bytes(deltas);
    const decoder = new EventStreamDecoder();
    const cut = all.length - 7;
    const first = decoder.push(all.slice(0, cut));
    expect(first).toEqual(deltas.slice(0, -1));
    expect([...decoder.push(all.slice(cut)), ...decoder.end()]).toEqual(deltas.slice(-1));
  });

  it('reads events from a ReadableStream as they arrive', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const event of events) controller.enqueue(encodeEvent(event));
        controller.close();
      },
    });
    const out: ChatEvent[] = [];
    for await (const event of readChatEvents(body)) out.push(event);
    expect(out).toEqual(events);
  });
});

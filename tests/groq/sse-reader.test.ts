import { describe, expect, it } from 'vitest';
import { createSseParser, sseDataBatches } from '@/lib/groq/sse-reader';

function bodyOf(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

async function all(parts: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of sseDataBatches(bodyOf(parts))) out.push(batch);
  return out;
}

describe('the upstream SSE reader', () => {
  it('yields the data of every event one read completes, as one batch', async () => {
    expect(await all(['data: {"a":1}\n\ndata: {"a":2}\n\n', 'data: [DONE]\n\n'])).toEqual([
      ['{"a":1}', '{"a":2}'],
      ['[DONE]'],
    ]);
  });

  it('joins events split anywhere across reads, CRLF and CR line ends included', async () => {
    const text = 'data: one\r\n\r\n: comment\n\ndata:two\rdata: 2\r\revent: x\ndata: three\n\n';
    for (let cut = 1; cut < text.length; cut++) {
      const flat = (await all([text.slice(0, cut), text.slice(cut)])).flat();
      expect(flat).toEqual(['one', 'two\n2', 'three']);
    }
  });

  it('counts a last event without its blank line', async () => {
    expect((await all(['data: a\n\ndata: b'])).flat()).toEqual(['a', 'b']);
  });

  it('keeps a UTF-8 character split between reads whole', async () => {
    const bytes = new TextEncoder().encode('data: é€\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const out: string[] = [];
    for await (const batch of sseDataBatches(body)) out.push(...batch);
    expect(out).toEqual(['é€']);
  });

  it('parses incrementally without holding finished lines', () => {
    const parser = createSseParser();
    expect(parser.push('data: x')).toEqual([]);
    expect(parser.push('\n')).toEqual([]);
    expect(parser.push('\n')).toEqual(['x']);
    expect(parser.end()).toEqual([]);
  });
});

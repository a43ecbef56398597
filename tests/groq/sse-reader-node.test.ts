import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseDataBatches } from '@/lib/groq/sse-reader';

/** The reader over the Node body lib/groq/transport.ts hands over (the proxy's usual path). */
async function all(body: Readable, leading = false): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of sseDataBatches(body, { leading })) out.push(batch);
  return out;
}

/** A Node body that gives `parts` one per read, each after the previous one was taken. */
function paced(parts: (string | Uint8Array)[]): PassThrough {
  const body = new PassThrough();
  (async () => {
    for (const part of parts) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      body.write(typeof part === 'string' ? Buffer.from(part) : part);
    }
    body.end();
  })();
  return body;
}

describe('the SSE reader on a Node body', () => {
  it('joins events split anywhere across reads, with CRLF line ends', async () => {
    const text = 'data: {"a":1}\r\n\r\ndata: two\n\ndata: [DONE]\n\n';
    for (let cut = 1; cut < text.length; cut += 3) {
      const flat = (await all(paced([text.slice(0, cut), text.slice(cut)]))).flat();
      expect(flat).toEqual(['{"a":1}', 'two', '[DONE]']);
    }
  });

  it('keeps a UTF-8 character split between reads whole', async () => {
    const bytes = new TextEncoder().encode('data: é€😀\n\n');
    const parts = [...bytes].map((byte) => Uint8Array.of(byte));
    expect((await all(paced(parts))).flat()).toEqual(['é€😀']);
  });

  it('leads with what is already buffered, all of it in one batch', async () => {
    const body = new PassThrough();
    body.write('data: one\n\ndata: two\n\n');
    body.end('data: three\n\n');
    const batches = await all(body, true);
    expect(batches[0]).toEqual(['one', 'two', 'three']);
    expect(batches.flat()).toEqual(['one', 'two', 'three']);
  });

  it('leads with an empty batch at once when nothing has arrived yet', async () => {
    const body = new PassThrough();
    const reader = sseDataBatches(body, { leading: true });
    expect((await reader.next()).value).toEqual([]);
    body.end('data: late\n\n');
    expect((await reader.next()).value).toEqual(['late']);
    expect((await reader.next()).done).toBe(true);
  });

  it('throws what undici would for a body that breaks off', async () => {
    const body = new PassThrough();
    body.write('data: one\n\n');
    setTimeout(() => body.destroy(new Error('socket hang up')), 5);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const batch of sseDataBatches(body)) seen.push(...batch);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['one']);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('terminated');
  });

  it('counts a body closed before its end as broken off', async () => {
    const body = new Readable({ read() {} });
    body.push('data: one\n\n');
    setTimeout(() => body.destroy(), 5);
    await expect(all(body)).rejects.toThrow('terminated');
  });

  it('closes the body when the reader stops before [DONE]', async () => {
    const body = new PassThrough();
    body.write('data: one\n\n');
    for await (const batch of sseDataBatches(body)) {
      expect(batch).toEqual(['one']);
      break;
    }
    expect(body.destroyed).toBe(true);
  });
});

describe('a finished answer keeps its upstream connection', () => {
  let server: http.Server;
  let url = '';
  const sockets = new Set<unknown>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      sockets.add(req.socket);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\ndata: [DONE]\n\n');
      // The upstream closes its body a little after [DONE] (Groq's order).
      setTimeout(() => res.end(), 20);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('drains the rest after [DONE] instead of cutting the socket, so the next request reuses it', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<http.IncomingMessage>((resolve, reject) => {
        http.request(url, { method: 'POST', agent }, resolve).on('error', reject).end();
      });
    for (let i = 0; i < 2; i++) {
      const res = await ask();
      for await (const batch of sseDataBatches(res)) {
        if (batch.includes('[DONE]')) break; // stop at [DONE], before the upstream has closed
      }
      expect(res.destroyed).toBe(false);
      await once(res, 'end');
    }
    expect(sockets.size).toBe(1);
    agent.destroy();
  });
});

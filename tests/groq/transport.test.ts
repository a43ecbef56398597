import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isRetryable } from '@/lib/groq/retry';
import { createUpstreamFetch, takeNodeBody } from '@/lib/groq/transport';

/** The transport groq-sdk is given: node:http for JSON bodies, the runtime's fetch for the rest. */
let server: http.Server;
let base = '';
const seen: Array<{ method?: string; headers: http.IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method, headers: req.headers, body });
    if (req.url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_1' });
      res.end(JSON.stringify({ echo: body }));
    } else if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      setTimeout(() => res.end('data: two\n\n'), 20);
    } else if (req.url === '/cut') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 10);
    } else if (req.url === '/hang') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n');
    } else if (req.url === '/slow-think') {
      // A reasoning model (or a search tool) can be silent for longer than the agent's idle timeout.
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: thinking\n\n');
      setTimeout(() => res.end('data: answer\n\n'), 4_600);
    } else if (req.url === '/empty') {
      res.writeHead(204);
      res.end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fallback = vi.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
const upstreamFetch = createUpstreamFetch(fallback as unknown as typeof fetch);

describe('the upstream transport', () => {
  it('sends a JSON body with its headers and answers a Response the SDK can read', async () => {
    const response = await upstreamFetch(`${base}/json`, {
      method: 'post',
      headers: new Headers({ 'content-type': 'application/json', authorization: 'Bearer k' }),
      body: '{"é":1}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ echo: '{"é":1}' });
    const last = seen.at(-1);
    expect(last?.method).toBe('POST');
    expect(last?.headers.authorization).toBe('Bearer k');
    expect(last?.headers['content-length']).toBe(String(Buffer.byteLength('{"é":1}')));
    expect(fallback).not.toHaveBeenCalled();
  });

  it('keeps an answer that goes silent for longer than the idle-socket timeout (4 s)', async () => {
    const response = await upstreamFetch(`${base}/slow-think`, { method: 'POST', body: '{}' });
    let text = '';
    for await (const chunk of takeNodeBody(response) as AsyncIterable<Buffer>) text += chunk;
    expect(text).toBe('data: thinking\n\ndata: answer\n\n');
  }, 10_000);

  it('gives the streamed body as a Node stream once, and then never as a web stream too', async () => {
    const response = await upstreamFetch(`${base}/stream`, { method: 'POST', body: '{}' });
    const node = takeNodeBody(response);
    expect(node).toBeDefined();
    expect(takeNodeBody(response)).toBeUndefined();
    let text = '';
    for await (const chunk of node as AsyncIterable<Buffer>) text += chunk;
    expect(text).toBe('data: one\n\ndata: two\n\n');
  });

  it('does not hand out the Node stream once the web body is being read', async () => {
    const response = await upstreamFetch(`${base}/stream`, { method: 'POST', body: '{}' });
    expect(await response.text()).toBe('data: one\n\ndata: two\n\n');
    expect(takeNodeBody(response)).toBeUndefined();
  });

  it('breaks a cut body off with the error undici gives, which the retry policy recognises', async () => {
    const response = await upstreamFetch(`${base}/cut`, { method: 'POST', body: '{}' });
    const error = await response.json().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('terminated');
    expect(isRetryable(error)).toBe(true);
  });

  it('rejects a refused connection as fetch does (TypeError with the cause)', async () => {
    const closed = http.createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    const error = await upstreamFetch(`http://127.0.0.1:${port}/json`, { method: 'POST', body: '{}' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('aborting the signal ends an answer that is being read', async () => {
    const controller = new AbortController();
    const response = await upstreamFetch(`${base}/hang`, {
      method: 'POST',
      body: '{}',
      signal: controller.signal,
    });
    const node = takeNodeBody(response);
    const chunks = (node as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    expect(String((await chunks.next()).value)).toBe('data: first\n\n');
    controller.abort();
    await expect(chunks.next()).rejects.toThrow();
  });

  it('rejects at once with an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      upstreamFetch(`${base}/json`, { method: 'POST', body: '{}', signal: controller.signal }),
    ).rejects.toThrow();
  });

  it('answers a 204 with no body', async () => {
    const response = await upstreamFetch(`${base}/empty`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('leaves multipart bodies to the runtime fetch', async () => {
    const form = new FormData();
    form.set('file', new Blob(['abc']), 'a.txt');
    const response = await upstreamFetch(`${base}/json`, { method: 'POST', body: form });
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.headers['content-type']).toMatch(/^multipart\/form-data/);
  });
});

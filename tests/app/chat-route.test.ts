import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatorServer } from '@/lib/simulator';
import { EventStreamDecoder } from '@/lib/stream/decode';
import type { ChatEvent } from '@/lib/stream/events';

const KEY = 'gsk_route_test_key';
let server: Awaited<ReturnType<typeof startSimulatorServer>>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0, era: '2024' });
  process.env.GROQ_BASE_URL = `${server.url}/openai/v1`;
  process.env.GROQ_API_KEY = KEY;
  process.env.GROQ_MAX_RETRIES = '2';
  ({ POST } = await import('@/app/api/chat/route'));
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => server.simulator.reset());

const chat = (body: unknown, init: RequestInit = {}) =>
  POST(
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...init,
    }),
  );

async function events(response: Response): Promise<ChatEvent[]> {
  const decoder = new EventStreamDecoder();
  const out = decoder.push(new Uint8Array(await response.arrayBuffer()));
  return [...out, ...decoder.end()];
}

const user = (content: string) => ({ model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content }] });
const upstreamChats = () => server.simulator.requests.filter((r) => r.path.endsWith('/chat/completions'));

describe('POST /api/chat through groq-sdk to the simulator', () => {
  it('streams start, deltas, usage and done, with the rate-limit headers', async () => {
    // Paced (tps) so the answer arrives over several reads: what arrives at once may share one delta.
    const response = await chat({
      ...user('Explain fast inference [sim:tps:300] [sim:tokens:60]'),
      stream: true,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const list = await events(response);
    expect(list[0]?.event).toBe('start');
    const start = list[0]?.event === 'start' ? list[0].data : undefined;
    expect(start?.request_id).toMatch(/^req_/);
    expect(start?.rate_limit['x-ratelimit-remaining-tokens']).toBeDefined();
    expect(list.filter((e) => e.event === 'delta').length).toBeGreaterThan(5);
    expect(list.at(-2)?.event).toBe('usage');
    expect(list.at(-1)).toMatchObject({ event: 'done', data: { finish_reason: 'stop' } });
  });

  it('sends upstream exactly the fields the client sent, minus playground-only ones, with the key', async () => {
    const body = { ...user('Hi'), stream: false, temperature: 0.2, seed: 5, stop: ['zzz'], guard: false };
    await events(await chat(body));
    const [logged] = upstreamChats();
    expect(logged?.authorized).toBe(true);
    const { guard: _guard, ...expected } = body;
    expect(logged?.body).toEqual(expected);
  });

  it('refuses an invalid body with 400 and makes no upstream call', async () => {
    const response = await chat({ ...user('x'), temperature: 3 });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("'temperature' : number must be at most 2");
    expect(upstreamChats()).toHaveLength(0);
  });

  it('retries a 5xx before the first byte, then reports it with its status', async () => {
    const response = await chat({ ...user('fail please [sim:500]'), stream: true });
    expect(response.status).toBe(500);
    expect(upstreamChats()).toHaveLength(3);
  });

  it('never retries a 429: the user sees its retry time at once', async () => {
    const response = await chat({ ...user('slow down [sim:429:4]'), stream: true });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('4');
    expect(upstreamChats()).toHaveLength(1);
  });

  it('retries a non-streamed request whose connection dropped, as GROQ_MAX_RETRIES promises', async () => {
    const response = await chat({ ...user('drop [sim:cut]'), stream: false });
    expect(response.status).toBe(502);
    expect((await response.json()).error.code).toBe('stream_interrupted');
    expect(upstreamChats()).toHaveLength(3);
  });

  it('keeps the partial text and ends with an error event when the stream breaks', async () => {
    const list = await events(
      await chat({ ...user('break [sim:cut] [sim:tokens:60] [sim:tps:1000]'), stream: true }),
    );
    expect(list.some((e) => e.event === 'delta')).toBe(true);
    expect(list.at(-1)?.event).toBe('error');
    expect(list.some((e) => e.event === 'done')).toBe(false);
  });

  it('reports an error sent inside the stream as an error event', async () => {
    const list = await events(
      await chat({ ...user('oops [sim:stream_error] [sim:tokens:60] [sim:tps:1000]'), stream: true }),
    );
    expect(list.at(-1)).toMatchObject({ event: 'error', data: { error: { type: 'internal_server_error' } } });
  });

  it('aborts the upstream request when the client goes away', async () => {
    const controller = new AbortController();
    const response = await chat(
      { ...user('long [sim:tps:50] [sim:tokens:2000]'), stream: true },
      { signal: controller.signal },
    );
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    controller.abort();
    await reader.cancel();
    await expect.poll(() => upstreamChats()[0]?.aborted, { timeout: 2000 }).toBe(true);
  });
});

describe('moderation with Llama Guard', () => {
  const guardChats = () => upstreamChats().filter((r) => r.model === 'llama-guard-3-8b');
  const mainChats = () => upstreamChats().filter((r) => r.model !== 'llama-guard-3-8b');

  it('screens the prompt before and the answer after, and reports both verdicts', async () => {
    const list = await events(await chat({ ...user('Explain tides'), stream: true, guard: true }));
    const names = list.map((e) => e.event);
    expect(names[0]).toBe('start');
    expect(list[1]).toMatchObject({ event: 'guard', data: { stage: 'input', status: 'safe' } });
    expect(list.at(-2)).toMatchObject({ event: 'guard', data: { stage: 'output', status: 'safe' } });
    expect(names.at(-1)).toBe('done');
    expect(guardChats()).toHaveLength(2);
    expect(mainChats()).toHaveLength(1);
    expect(mainChats()[0]?.body).not.toHaveProperty('guard');
  });

  it('blocks an unsafe prompt without ever calling the main model', async () => {
    const list = await events(await chat({ ...user('How do I build a bomb?'), stream: true, guard: true }));
    expect(list.find((e) => e.event === 'guard')).toMatchObject({
      data: {
        stage: 'input',
        status: 'unsafe',
        categories: [{ code: 'S9', name: 'Indiscriminate Weapons' }],
      },
    });
    expect(list.at(-1)).toMatchObject({ event: 'done', data: { finish_reason: 'guard_blocked' } });
    expect(list.some((e) => e.event === 'delta')).toBe(false);
    expect(mainChats()).toHaveLength(0);
  });

  it('flags (but keeps) an unsafe answer, prefill included', async () => {
    const body = {
      model: 'llama-3.1-8b-instant',
      stream: false,
      guard: true,
      messages: [
        { role: 'user', content: 'Tell me about my neighbour' },
        { role: 'assistant', content: 'Here is the home address of' },
      ],
    };
    const list = await events(await chat(body));
    expect(list.some((e) => e.event === 'delta')).toBe(true);
    expect(list.at(-2)).toMatchObject({
      event: 'guard',
      data: { stage: 'output', status: 'unsafe', categories: [{ code: 'S7', name: 'Privacy' }] },
    });
    expect(list.at(-1)?.event).toBe('done');
  });
});

import Groq, { APIError, RateLimitError, toFile } from 'groq-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorRequestLog } from '../../lib/simulator/index';
import { startSimulatorServer } from '../../lib/simulator/index';
import { KEY, makeWav } from './helpers';

let server: Awaited<ReturnType<typeof startSimulatorServer>>;
let groq: Groq;

beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0, era: '2024' });
  groq = new Groq({ apiKey: KEY, baseURL: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
});

function post(body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}/openai/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

async function waitForLog(predicate: (entry: SimulatorRequestLog) => boolean): Promise<SimulatorRequestLog> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    const log = (await (
      await fetch(`${server.url}/_simulator/requests`, { headers: { authorization: `Bearer ${KEY}` } })
    ).json()) as SimulatorRequestLog[];
    const hit = log.find(predicate);
    if (hit) return hit;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('log entry never appeared');
}

describe('simulator over real HTTP', () => {
  it('serves /health and listens on an ephemeral port', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
  });

  it('really streams: SSE chunks arrive over time, not in one buffer', async () => {
    const response = await post({
      model: 'llama3-8b-8192',
      stream: true,
      messages: [{ role: 'user', content: 'hi [sim:tps:150] [sim:tokens:45]' }],
    });
    const reader = response.body?.getReader();
    const arrivals: number[] = [];
    const start = performance.now();
    let text = '';
    for (;;) {
      const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
      if (done) break;
      arrivals.push(performance.now() - start);
      text += new TextDecoder().decode(value);
    }
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(arrivals.length).toBeGreaterThan(5);
    expect((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThan(150);
  });

  it('[sim:cut] drops the connection mid-stream: the body fails or ends without [DONE]', async () => {
    const response = await post({
      model: 'llama3-8b-8192',
      stream: true,
      messages: [{ role: 'user', content: 'hi [sim:cut] [sim:tokens:60]' }],
    });
    expect(response.status).toBe(200);
    let text = '';
    let failed = false;
    try {
      text = await response.text();
    } catch {
      failed = true;
    }
    expect(failed || !text.includes('[DONE]')).toBe(true);
    const entry = await waitForLog(
      (e) => e.closedAt !== undefined && JSON.stringify(e.body).includes('[sim:cut]'),
    );
    expect(entry.aborted).toBe(false);
  });

  it('marks the log entry aborted when the client aborts a slow stream', async () => {
    const controller = new AbortController();
    const response = await post(
      {
        model: 'llama3-8b-8192',
        stream: true,
        messages: [{ role: 'user', content: 'abort me [sim:tps:20]' }],
      },
      controller.signal,
    );
    const reader = response.body?.getReader();
    await reader?.read();
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.abort();
    const entry = await waitForLog((e) => e.aborted && JSON.stringify(e.body).includes('abort me'));
    expect(entry.stream).toBe(true);
    expect(entry.closedAt).toBeTypeOf('number');
    expect(entry.completedAt).toBeUndefined();
  });

  it('works with the official groq-sdk: completion, stream and typed errors', async () => {
    const completion = await groq.chat.completions.create({
      model: 'llama-3.1-8b-instant',
      messages: [{ role: 'user', content: 'Say hello' }],
    });
    expect(completion.choices[0]?.message.content).toContain('Say hello');
    expect(completion.x_groq?.id).toMatch(/^req_/);

    const stream = await groq.chat.completions.create({
      model: 'llama-3.1-8b-instant',
      stream: true,
      messages: [{ role: 'user', content: 'Stream please [sim:tokens:30]' }],
    });
    let text = '';
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.x_groq?.usage ?? usage;
    }
    expect(text.length).toBeGreaterThan(20);
    expect(usage).toMatchObject({ completion_tokens: 30 });

    const limited = groq.chat.completions.create({
      model: 'llama-3.1-8b-instant',
      messages: [{ role: 'user', content: '[sim:429:2]' }],
    });
    await expect(limited).rejects.toBeInstanceOf(RateLimitError);
    await limited.catch((error: RateLimitError) => expect(error.headers?.get('retry-after')).toBe('2'));

    const broken = await groq.chat.completions.create({
      model: 'llama-3.1-8b-instant',
      stream: true,
      messages: [{ role: 'user', content: 'x [sim:stream_error]' }],
    });
    await expect(
      (async () => {
        for await (const _chunk of broken) {
          // drain
        }
      })(),
    ).rejects.toBeInstanceOf(APIError);
  });

  it('transcribes an uploaded WAV through groq-sdk', async () => {
    const file = await toFile(Buffer.from(makeWav(4)), 'clip.wav', { type: 'audio/wav' });
    const result = await groq.audio.transcriptions.create({ file, model: 'whisper-large-v3-turbo' });
    expect(result.text.length).toBeGreaterThan(10);
    const entry = await waitForLog((e) => e.path === '/openai/v1/audio/transcriptions');
    expect(entry.body).toMatchObject({
      fields: { model: 'whisper-large-v3-turbo' },
      file: { name: 'clip.wav', size: 44 + 4 * 16_000 * 2 },
    });
  });

  it('a non-streamed [sim:cut] drops the connection too', async () => {
    const response = await post({
      model: 'llama3-8b-8192',
      messages: [{ role: 'user', content: 'x [sim:cut]' }],
    });
    await expect(response.text()).rejects.toThrow();
  });
});

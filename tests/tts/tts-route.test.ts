import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatorServer } from '@/lib/simulator';
import { parseWav } from '@/lib/tts/wav';

const KEY = 'gsk_tts_route_test_key_0123456789';
let server: Awaited<ReturnType<typeof startSimulatorServer>>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0 });
  process.env.GROQ_BASE_URL = `${server.url}/openai/v1`;
  process.env.GROQ_API_KEY = KEY;
  process.env.GROQ_MAX_RETRIES = '0';
  POST = (await import('@/app/api/tts/route')).POST;
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => server.simulator.reset());

const upstream = () => server.simulator.requests.filter((r) => r.path.endsWith('/audio/speech'));

function post(body: unknown, init: RequestInit = {}) {
  return POST(
    new Request('http://localhost/api/tts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    }),
  );
}

async function errorOf(response: Response) {
  const text = await response.text();
  expect(text).not.toContain(KEY);
  return (
    JSON.parse(text) as { error: { status: number; type: string; code: string | null; message: string } }
  ).error;
}

const troy = { model: 'canopylabs/orpheus-v1-english', voice: 'troy', input: 'Hello there, how are you?' };

describe('POST /api/tts through groq-sdk to the simulator', () => {
  it('streams the WAV back with the request id and rate-limit headers, sending exactly the fields given', async () => {
    const response = await post({ ...troy, response_format: 'wav' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBeTruthy();
    const wav = parseWav(new Uint8Array(await response.arrayBuffer()));
    expect(wav.durationSeconds).toBeGreaterThan(1);
    const [logged] = upstream();
    expect(logged?.authorized).toBe(true);
    expect(logged?.body).toEqual({ ...troy, response_format: 'wav' });
  });

  it('trims the input before sending it', async () => {
    await post({ ...troy, input: '  Hi there.  ' });
    expect(upstream()[0]?.body).toEqual({ ...troy, input: 'Hi there.' });
  });

  it('refuses before any upstream call: unknown voice, empty or long input, a chat model, bad JSON', async () => {
    const cases: [unknown, RegExp][] = [
      [
        { ...troy, voice: 'zeus' },
        /“zeus” is not a voice of Orpheus V1 English .* autumn, diana, hannah, austin/,
      ],
      [{ ...troy, input: '   ' }, /text is empty/],
      [{ ...troy, input: 'a'.repeat(201) }, /201 characters; .* at most 200/],
      [{ ...troy, model: 'llama-3.1-8b-instant' }, /not a text-to-speech model/],
      [{ ...troy, response_format: 'mp3' }, /returns wav only/],
      [{ ...troy, speed: 2 }, /does not take a speed/],
      [{ ...troy, extra: 1 }, /property 'extra' is unsupported/],
      [{ voice: 'troy', input: 'Hi' }, /'model' : property 'model' is missing/],
      ['{oops', /could not parse the JSON body/],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = await errorOf(response);
      expect(error.type).toBe('invalid_request_error');
      expect(error.message).toMatch(message);
    }
    expect(upstream()).toEqual([]);
  });

  it("passes Groq's errors through in the common shape", async () => {
    const limited = await post({ ...troy, input: 'Hi [sim:429:4]' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    expect(await errorOf(limited)).toMatchObject({
      status: 429,
      code: 'rate_limit_exceeded',
      retry_after: 4,
    });
  });

  it('refuses an id neither the catalog nor the live list has with a 404, before any /audio/speech call', async () => {
    const unknown = await post({ model: 'canopylabs/orpheus-v2-english', voice: 'troy', input: 'Hi' });
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toMatchObject({ status: 404, code: 'model_not_found' });
    expect(upstream()).toEqual([]);
  });

  it('refuses a cross-site request and an oversized body at the gate', async () => {
    const foreign = await post(troy, {
      headers: { 'content-type': 'application/json', origin: 'https://evil.test' },
    });
    expect(foreign.status).toBe(403);
    const big = await post(troy, {
      headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
    });
    expect(big.status).toBe(413);
    expect(upstream()).toEqual([]);
  });

  it('aborts the upstream request when the client goes away', async () => {
    const controller = new AbortController();
    const pending = post({ ...troy, input: 'Hi [sim:slow:3000]' }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    const response = await pending;
    expect(response.status).toBeGreaterThanOrEqual(400);
    await expect.poll(() => upstream()[0]?.aborted, { timeout: 2000 }).toBe(true);
  });
});

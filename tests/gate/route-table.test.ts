import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sineWav } from '@/e2e/support/audio';
import { startSimulatorServer } from '@/lib/simulator';

/**
 * Every refusal of the one gate, sent to every route: the documented status, the one error shape,
 * and not a single upstream call. Each case imports the routes afresh under its own settings.
 */
const KEY = 'gsk_gate_table_key';
const CODE = 'gate-table-code';
const SECRET = 'gate-table-session-secret-0123456789';
const MODEL = 'openai/gpt-oss-20b';

// biome-ignore lint/suspicious/noExplicitAny: each route's own params type
type Handler = (request: Request, context?: any) => Promise<Response>;
interface RouteCase {
  name: string;
  method: 'GET' | 'POST';
  url: string;
  load: () => Promise<Handler>;
  /** A valid body, for the cases that need one past the earlier steps. */
  body?: () => Promise<{ content: BodyInit; type: string }>;
  json?: boolean;
  multipart?: boolean;
  session?: boolean;
  model?: boolean;
  params?: Record<string, string>;
}

const chatBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], ...extra });

const ROUTES: RouteCase[] = [
  {
    name: 'POST /api/chat',
    method: 'POST',
    url: '/api/chat',
    load: async () => (await import('@/app/api/chat/route')).POST,
    body: async () => ({ content: chatBody(), type: 'application/json' }),
    json: true,
    session: true,
    model: true,
  },
  {
    name: 'POST /api/responses',
    method: 'POST',
    url: '/api/responses',
    load: async () => (await import('@/app/api/responses/route')).POST,
    body: async () => ({ content: JSON.stringify({ model: MODEL, input: 'hi' }), type: 'application/json' }),
    json: true,
    session: true,
    model: true,
  },
  {
    name: 'GET /api/models',
    method: 'GET',
    url: '/api/models',
    load: async () => (await import('@/app/api/models/route')).GET,
    session: true,
  },
  {
    name: 'POST /api/unlock',
    method: 'POST',
    url: '/api/unlock',
    load: async () => (await import('@/app/api/unlock/route')).POST,
    body: async () => ({ content: JSON.stringify({ code: 'wrong' }), type: 'application/json' }),
    json: true,
  },
  {
    name: 'POST /api/tts',
    method: 'POST',
    url: '/api/tts',
    load: async () => (await import('@/app/api/tts/route')).POST,
    body: async () => ({
      content: JSON.stringify({ model: 'canopylabs/orpheus-v1-english', input: 'Hello', voice: 'troy' }),
      type: 'application/json',
    }),
    json: true,
    session: true,
    model: true,
  },
  ...(['transcriptions', 'translations'] as const).map(
    (task): RouteCase => ({
      name: `POST /api/stt/${task}`,
      method: 'POST',
      url: `/api/stt/${task}`,
      load: async () => (await import(`@/app/api/stt/${task}/route`)).POST,
      body: async () => {
        const payload = sineWav(1, { name: 'clip.wav' });
        const form = new FormData();
        form.append(
          'file',
          new File([Uint8Array.from(payload.buffer)], 'clip.wav', { type: payload.mimeType }),
        );
        form.append('model', 'whisper-large-v3');
        const encoded = new Response(form);
        return { content: await encoded.arrayBuffer(), type: encoded.headers.get('content-type') ?? '' };
      },
      multipart: true,
      session: true,
      model: true,
    }),
  ),
  {
    name: 'GET /api/batches',
    method: 'GET',
    url: '/api/batches',
    load: async () => (await import('@/app/api/batches/route')).GET,
    session: true,
  },
  {
    name: 'POST /api/batches',
    method: 'POST',
    url: '/api/batches',
    load: async () => (await import('@/app/api/batches/route')).POST,
    body: async () => ({
      content: JSON.stringify({ input_file_id: 'file_x', completion_window: '24h' }),
      type: 'application/json',
    }),
    json: true,
    session: true,
  },
  {
    name: 'GET /api/batches/{id}',
    method: 'GET',
    url: '/api/batches/batch_x',
    load: async () => (await import('@/app/api/batches/[id]/route')).GET,
    params: { id: 'batch_x' },
    session: true,
  },
  {
    name: 'POST /api/batches/{id}/cancel',
    method: 'POST',
    url: '/api/batches/batch_x/cancel',
    load: async () => (await import('@/app/api/batches/[id]/cancel/route')).POST,
    params: { id: 'batch_x' },
    session: true,
  },
  {
    name: 'POST /api/files',
    method: 'POST',
    url: '/api/files?filename=rows.jsonl',
    load: async () => (await import('@/app/api/files/route')).POST,
    body: async () => ({
      content: `${JSON.stringify({ custom_id: 'r1', method: 'POST', url: '/v1/chat/completions', body: JSON.parse(chatBody()) })}\n`,
      type: 'application/jsonl',
    }),
    session: true,
  },
  {
    name: 'GET /api/files/{id}/content',
    method: 'GET',
    url: '/api/files/file_x/content',
    load: async () => (await import('@/app/api/files/[id]/content/route')).GET,
    params: { id: 'file_x' },
    session: true,
  },
  {
    name: 'GET /api/health',
    method: 'GET',
    url: '/api/health',
    load: async () => (await import('@/app/api/health/route')).GET,
  },
];

let server: Awaited<ReturnType<typeof startSimulatorServer>>;
const saved = new Map<string, string | undefined>();

function setEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (!saved.has(name)) saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0 });
});

afterAll(async () => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server.close();
});

/** The routes under `settings`, with fresh module state (config, limiter and caches). */
async function load(route: RouteCase, settings: Record<string, string> = {}): Promise<Handler> {
  setEnv({
    GROQ_API_KEY: KEY,
    GROQ_BASE_URL: server.url,
    GROQ_MAX_RETRIES: '0',
    PLAYGROUND_ACCESS_CODE: undefined,
    SESSION_SECRET: undefined,
    ALLOWED_MODELS: undefined,
    RATE_LIMIT_REQUESTS_PER_MINUTE: undefined,
    MAX_BODY_BYTES: undefined,
    ...settings,
  });
  vi.resetModules();
  return route.load();
}

async function request(route: RouteCase, init: { headers?: Record<string, string>; body?: BodyInit } = {}) {
  const valid = route.method === 'POST' ? await route.body?.() : undefined;
  return new Request(`http://127.0.0.1:3000${route.url}`, {
    method: route.method,
    headers: {
      host: '127.0.0.1:3000',
      ...(valid ? { 'content-type': valid.type } : {}),
      ...init.headers,
    },
    body: init.body ?? valid?.content,
  });
}

async function expectRefused(response: Response, status: number, code?: string) {
  expect(response.status).toBe(status);
  const json = await response.json();
  expect(json.error.status).toBe(status);
  expect(typeof json.error.message).toBe('string');
  if (code) expect(json.error.code).toBe(code);
  expect(server.simulator.requests).toHaveLength(0);
}

describe.each(ROUTES)('the gate in front of $name', (route) => {
  const call = async (handler: Handler, init?: Parameters<typeof request>[1]) =>
    handler(await request(route, init), { params: Promise.resolve(route.params ?? {}) });

  it('refuses a request for a host the deployment does not answer to with 421', async () => {
    server.simulator.reset();
    const handler = await load(route);
    const response = await call(handler, {
      headers: { host: 'rebind.example', origin: 'http://rebind.example' },
    });
    await expectRefused(response, 421, 'host_not_allowed');
  });

  it('refuses a cross-site request with 403, whatever its method', async () => {
    server.simulator.reset();
    const handler = await load(route);
    const response = await call(handler, {
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    await expectRefused(response, 403, 'forbidden_origin');
  });

  it.runIf(route.session)('asks for the access code (401) when the deployment is locked', async () => {
    server.simulator.reset();
    const handler = await load(route, { PLAYGROUND_ACCESS_CODE: CODE, SESSION_SECRET: SECRET });
    await expectRefused(await call(handler), 401, 'access_code_required');
  });

  it.runIf(route.method === 'POST')('refuses a declared body over the limit with 413', async () => {
    server.simulator.reset();
    const handler = await load(route, { MAX_BODY_BYTES: '2048' });
    const response = await call(handler, { headers: { 'content-length': String(200 * 1024 * 1024) } });
    await expectRefused(response, 413, 'request_too_large');
  });

  it.runIf(route.name !== 'GET /api/health')('counts requests: past the per-minute limit → 429', async () => {
    server.simulator.reset();
    const handler = await load(route, { RATE_LIMIT_REQUESTS_PER_MINUTE: '1' });
    await call(handler, { headers: {}, body: route.json ? '{' : undefined });
    server.simulator.reset();
    const response = await call(handler);
    expect(
      response.headers.get('retry-after') ?? (await response.clone().json()).error.retry_after,
    ).toBeTruthy();
    await expectRefused(response, 429);
  });

  it.runIf(route.json)('refuses malformed JSON with one message (400 invalid_json)', async () => {
    server.simulator.reset();
    const handler = await load(route);
    const response = await call(handler, { body: '{"model": ' });
    expect(response.status).toBe(400);
    const { error } = await response.clone().json();
    expect(error.message).toMatch(/^We could not parse the JSON body of your request \(/);
    await expectRefused(response, 400, 'invalid_json');
  });

  it.runIf(route.json)('refuses JSON nested too deep before parsing it (400 json_too_deep)', async () => {
    server.simulator.reset();
    const handler = await load(route);
    const response = await call(handler, { body: `${'['.repeat(100)}${']'.repeat(100)}` });
    await expectRefused(response, 400, 'json_too_deep');
  });

  it.runIf(route.json)('refuses a body its schema rejects with 400', async () => {
    server.simulator.reset();
    const handler = await load(route);
    await expectRefused(await call(handler, { body: '[]' }), 400);
  });

  it.runIf(route.multipart)('refuses a body that is not a multipart form with 400', async () => {
    server.simulator.reset();
    const handler = await load(route);
    const response = await call(handler, { headers: { 'content-type': 'application/json' }, body: '{}' });
    await expectRefused(response, 400);
  });

  it.runIf(route.model)('refuses a model the deployment does not allow (403 model_not_allowed)', async () => {
    server.simulator.reset();
    const handler = await load(route, { ALLOWED_MODELS: 'some/other-model' });
    await expectRefused(await call(handler), 403, 'model_not_allowed');
  });
});

/**
 * Batches and Files against a production build with an independent Groq-compatible server (the
 * simulator, in this process, reached only over HTTP): the lines that reach it, the ids a visitor
 * can reach, the cost of one long line, and the gate before any id.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatorServer, startSimulatorServer } from '@/lib/simulator';
import { ACCESS_CODE, type App, SESSION_SECRET, startApp, startRedis } from './harness';

const KEY = 'gsk_attack_batches_0123456789abcdef';
const MODEL = 'openai/gpt-oss-20b';
const CEILING = 256;
const BUDGET = 2000;

let sim: SimulatorServer;
let app: App;
beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, apiKey: KEY, batchStepMs: 50 });
  app = await startApp({
    GROQ_API_KEY: KEY,
    GROQ_BASE_URL: sim.url,
    ALLOWED_MODELS: MODEL,
    MAX_COMPLETION_TOKENS_CEILING: String(CEILING),
    RATE_LIMIT_TOKENS_PER_MINUTE: String(BUDGET),
  });
});
afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

const line = (id: string, body: Record<string, unknown> = {}, outer: Record<string, unknown> = {}) =>
  JSON.stringify({
    custom_id: id,
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model: MODEL, messages: [{ role: 'user', content: 'Say hi' }], ...body },
    ...outer,
  });

/** A browser: it keeps the visitor cookie the app gives it. */
class Visitor {
  cookie = '';
  async call(path: string, init: RequestInit = {}, base = app.url): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const response = await fetch(`${base}${path}`, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return response;
  }
  upload(jsonl: string, base = app.url) {
    return this.call('/api/files?filename=rows.jsonl', { method: 'POST', body: jsonl }, base);
  }
  createBatch(fileId: string, base = app.url) {
    const body = JSON.stringify({ input_file_id: fileId, completion_window: '24h' });
    return this.call(
      '/api/batches',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body },
      base,
    );
  }
}

/** Straight to the upstream, with its key: what an operator's other tools would do. */
async function upstream(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${KEY}`);
  return fetch(`${sim.url}/openai/v1${path}`, { ...init, headers });
}

async function upstreamFileCount(): Promise<number> {
  return ((await (await upstream('/files')).json()) as { data: unknown[] }).data.length;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('batch lines within the deployment limits', () => {
  it('refuses max_tokens 100000 over the ceiling, by line number, and sends Groq nothing', async () => {
    const before = await upstreamFileCount();
    const response = await new Visitor().upload(
      `${line('a', { max_completion_tokens: 10 })}\n${line('b', { max_tokens: 100000 })}\n`,
    );
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/^Line 2: .*max_tokens/);
    expect(await upstreamFileCount()).toBe(before);
  });

  it("counts a line without a maximum as the model's maximum, over the ceiling", async () => {
    const response = await new Visitor().upload(`${line('a', { max_completion_tokens: 10 })}\n${line('b')}`);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('max_tokens_ceiling');
    expect(error.message).toMatch(
      /^Line 2: no 'max_completion_tokens' .*\(the model's maximum\).*at most 256/,
    );
  });

  it('refuses 1,000 lines × 256 tokens over a 2,000-token budget with 429 naming the total and the limit', async () => {
    const before = await upstreamFileCount();
    const rows = Array.from({ length: 1000 }, (_, i) => line(`row-${i}`, { max_completion_tokens: 256 }));
    const response = await new Visitor().upload(rows.join('\n'));
    expect(response.status).toBe(429);
    const error = await errorOf(response);
    expect(error.code).toBe('batch_token_budget');
    expect(error.message).toContain('256000');
    expect(error.message).toContain(String(BUDGET));
    expect(await upstreamFileCount()).toBe(before);
  });

  it('sends Groq the checked object: a duplicated model key never reaches it unchecked', async () => {
    const smuggled = `{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"groq/compound","model":"${MODEL}","max_completion_tokens":10,"messages":[{"role":"user","content":"hi"}]}}`;
    const response = await new Visitor().upload(`${smuggled}\n`);
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    const stored = await (await upstream(`/files/${id}/content`)).text();
    expect(stored).not.toContain('groq/compound');
    expect(JSON.parse(stored).body.model).toBe(MODEL);
    // The other order names the unlisted model last: that is the one checked, and it is refused.
    const reversed = smuggled.replace(
      `"model":"groq/compound","model":"${MODEL}"`,
      `"model":"${MODEL}","model":"groq/compound"`,
    );
    expect((await new Visitor().upload(reversed)).status).toBe(403);
  });

  it('refuses a line for another endpoint', async () => {
    const response = await new Visitor().upload(
      line('a', { max_completion_tokens: 10 }, { url: '/v1/embeddings' }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: 'invalid_batch_url',
      message: expect.stringContaining('Line 1'),
    });
  });
});

describe('generated bad lines', () => {
  it('answer 4xx with a line number, never 5xx', async () => {
    const weird: unknown[] = [
      null,
      true,
      -1,
      0,
      1e308,
      '',
      'x'.repeat(3000),
      '\ud800',
      [],
      {},
      [[[]]],
      '1e999',
    ];
    const fields = [
      'custom_id',
      'method',
      'url',
      'body',
      'model',
      'messages',
      'max_tokens',
      'max_completion_tokens',
      'guard',
      'stream',
      'tools',
      'n',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
    const visitor = new Visitor();
    for (let i = 0; i < 60; i++) {
      const value = JSON.parse(line(`row-${i}`, { max_completion_tokens: 5 })) as Record<string, unknown>;
      const field = pick(fields);
      const target = ['custom_id', 'method', 'url', 'body'].includes(field)
        ? value
        : (value.body as Record<string, unknown>);
      target[field] = pick(weird);
      const response = await visitor.upload(
        `${line('ok', { max_completion_tokens: 5 })}\n${JSON.stringify(value)}`,
      );
      expect(response.status, `${field}=${JSON.stringify(target[field])?.slice(0, 40)}`).toBeLessThan(500);
      if (response.status !== 200) expect((await errorOf(response)).message).toMatch(/Line 2/);
      else await response.arrayBuffer();
    }
  });
});

describe('own ids only', () => {
  it('does not list, read, cancel or start from a batch made directly at Groq', async () => {
    const form = new FormData();
    form.set('purpose', 'batch');
    form.set('file', new Blob([`${line('x', { max_completion_tokens: 5000 })}\n`]), 'direct.jsonl');
    const file = (await (await upstream('/files', { method: 'POST', body: form })).json()) as { id: string };
    const created = await upstream('/batches', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        input_file_id: file.id,
        endpoint: '/v1/chat/completions',
        completion_window: '24h',
      }),
    });
    const batch = (await created.json()) as { id: string };
    const visitor = new Visitor();
    const list = (await (await visitor.call('/api/batches')).json()) as { data: { id: string }[] };
    expect(list.data.map((b) => b.id)).not.toContain(batch.id);
    expect((await visitor.call(`/api/batches/${batch.id}`)).status).toBe(404);
    expect((await visitor.call(`/api/batches/${batch.id}/cancel`, { method: 'POST' })).status).toBe(404);
    expect((await visitor.call(`/api/files/${file.id}/content`)).status).toBe(404);
    expect((await visitor.createBatch(file.id)).status).toBe(404);
    expect((await (await upstream(`/batches/${batch.id}`)).json()).status).not.toMatch(/cancel/);
  });

  it("keeps one visitor's batch and files from a second visitor", async () => {
    const first = new Visitor();
    const uploaded = await first.upload(`${line('a', { max_completion_tokens: 8 })}\n`);
    expect(uploaded.headers.get('set-cookie')).toMatch(/HttpOnly/);
    const file = (await uploaded.json()) as { id: string };
    const batch = (await (await first.createBatch(file.id)).json()) as { id: string };
    expect((await first.call(`/api/batches/${batch.id}`)).status).toBe(200);
    expect((await first.call(`/api/files/${file.id}/content`)).status).toBe(200);

    const second = new Visitor();
    const list = (await (await second.call('/api/batches')).json()) as { data: unknown[] };
    expect(list.data).toEqual([]);
    expect((await second.call(`/api/batches/${batch.id}`)).status).toBe(404);
    expect((await second.call(`/api/files/${file.id}/content`)).status).toBe(404);
    expect((await second.createBatch(file.id)).status).toBe(404);
    expect((await second.call(`/api/batches/${batch.id}/cancel`, { method: 'POST' })).status).toBe(404);
    // A made-up cookie is no one's: it is replaced, not believed.
    const forger = new Visitor();
    forger.cookie = `groq_playground_visitor=${first.cookie.split('=')[1]?.slice(0, -3)}abc`;
    expect((await forger.call(`/api/batches/${batch.id}`)).status).toBe(404);
    const mine = (await (await first.call('/api/batches')).json()) as { data: { id: string }[] };
    expect(mine.data.map((b) => b.id)).toEqual([batch.id]);
  });

  it('spends a file total each time a batch starts from it', async () => {
    const visitor = new Visitor();
    const rows = Array.from({ length: 7 }, (_, i) => line(`r${i}`, { max_completion_tokens: 256 }));
    const file = (await (await visitor.upload(rows.join('\n'))).json()) as { id: string };
    const started = await visitor.createBatch(file.id);
    expect(started.status).toBe(200);
    const again = await visitor.createBatch(file.id);
    expect(again.status).toBe(429);
    expect((await errorOf(again)).message).toContain('1792');
  });
});

describe('SHARE_BATCHES_ACROSS_VISITORS', () => {
  it("shares this deployment's batches among its visitors, and still nothing made elsewhere", async () => {
    const shared = await startApp({
      GROQ_API_KEY: KEY,
      GROQ_BASE_URL: sim.url,
      SHARE_BATCHES_ACROSS_VISITORS: '1',
    });
    try {
      const first = new Visitor();
      const file = (await (
        await first.upload(`${line('a', { max_completion_tokens: 8 })}\n`, shared.url)
      ).json()) as {
        id: string;
      };
      const batch = (await (await first.createBatch(file.id, shared.url)).json()) as { id: string };
      const second = new Visitor();
      const list = (await (await second.call('/api/batches', {}, shared.url)).json()) as {
        data: { id: string }[];
      };
      expect(list.data.map((b) => b.id)).toEqual([batch.id]);
      expect((await second.call(`/api/files/${file.id}/content`, {}, shared.url)).status).toBe(200);
      // Batches made through the other deployment (the main app) or at Groq stay out of reach.
      const elsewhere = (await (await upstream('/batches')).json()) as { data: { id: string }[] };
      const foreign = elsewhere.data.find((b) => b.id !== batch.id);
      expect(foreign).toBeDefined();
      expect((await second.call(`/api/batches/${foreign?.id}`, {}, shared.url)).status).toBe(404);
    } finally {
      await shared.stop();
    }
  });
});

describe('ownership in Redis', () => {
  it('lets a visitor reach its batch from another instance, and still no one else', async () => {
    const redis = await startRedis();
    const env = { GROQ_API_KEY: KEY, GROQ_BASE_URL: sim.url, REDIS_URL: redis.url };
    const [one, two] = await Promise.all([startApp(env), startApp(env)]);
    try {
      const visitor = new Visitor();
      const file = (await (
        await visitor.upload(`${line('a', { max_completion_tokens: 8 })}\n`, one.url)
      ).json()) as {
        id: string;
      };
      const batch = (await (await visitor.createBatch(file.id, one.url)).json()) as { id: string };
      expect((await visitor.call(`/api/batches/${batch.id}`, {}, two.url)).status).toBe(200);
      const list = (await (await visitor.call('/api/batches', {}, two.url)).json()) as {
        data: { id: string }[];
      };
      expect(list.data.map((b) => b.id)).toEqual([batch.id]);
      expect((await new Visitor().call(`/api/batches/${batch.id}`, {}, two.url)).status).toBe(404);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
      await redis.stop();
    }
  });
});

/** POSTs `size` bytes with no newline over node:http; resolves with the status and the time it took. */
function postOneLine(url: string, size: number): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(`${url}/api/files?filename=long.jsonl`, { method: 'POST' }, (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    // The server may answer and close before everything was sent: only an error before that counts.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const write = () => {
      while (sent < size && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('one long JSONL line', () => {
  it('refuses a 16 MB single line with 413 at once, and /api/health keeps answering', async () => {
    // Next loads a route's module on its first request: load health's before timing it.
    expect((await fetch(`${app.url}/api/health`)).ok).toBe(true);
    let done = false;
    const pending = postOneLine(app.url, 16 * 1024 * 1024).finally(() => {
      done = true;
    });
    let slowestHealth = 0;
    do {
      const started = performance.now();
      expect((await fetch(`${app.url}/api/health`)).ok).toBe(true);
      slowestHealth = Math.max(slowestHealth, performance.now() - started);
    } while (!done);
    const { status, ms } = await pending;
    expect(status).toBe(413);
    expect(ms).toBeLessThan(5_000);
    expect(slowestHealth).toBeLessThan(500);
  });
});

describe('the gate before the id', () => {
  it('answers 401 to an unauthenticated retrieve, cancel or download, whatever the id', async () => {
    const locked = await startApp({
      GROQ_API_KEY: KEY,
      GROQ_BASE_URL: sim.url,
      PLAYGROUND_ACCESS_CODE: ACCESS_CODE,
      SESSION_SECRET,
    });
    try {
      for (const [path, method] of [
        ['/api/batches/batch_abc', 'GET'],
        ['/api/batches/not%20an%20id', 'GET'],
        ['/api/batches/batch_abc/cancel', 'POST'],
        ['/api/files/file_abc/content', 'GET'],
        ['/api/batches', 'GET'],
      ] as const) {
        const response = await fetch(`${locked.url}${path}`, { method });
        expect(response.status, path).toBe(401);
      }
    } finally {
      await locked.stop();
    }
  });
});

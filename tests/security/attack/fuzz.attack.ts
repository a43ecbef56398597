import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_CODE, type App, inBatches, SESSION_SECRET, startApp, unlock } from './harness';

/**
 * Generated bad input for every API route, against a demo-mode instance (the embedded simulator is
 * the upstream). No answer may be ≥ 500 unless it passes an upstream failure through.
 */
let app: App;
let cookie: string;
beforeAll(async () => {
  app = await startApp({ PLAYGROUND_ACCESS_CODE: ACCESS_CODE, SESSION_SECRET, UNLOCK_MAX_ATTEMPTS: '1000' });
  cookie = await unlock(app);
});
afterAll(() => app?.stop());

/** A small seeded PRNG (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODEL = 'llama-3.1-8b-instant';
const WEIRD: unknown[] = [
  null,
  true,
  -1,
  0,
  Number.MAX_VALUE,
  -0,
  2 ** 53 + 1,
  '',
  'x'.repeat(5000),
  '\u0000',
  '\ud800',
  '🦙',
  [],
  {},
  [[[]]],
  { __proto__: { polluted: true } },
  { constructor: { prototype: {} } },
  'NaN',
  '1e999',
  ['a', 1, null],
];
const FIELDS = [
  'model',
  'messages',
  'temperature',
  'max_completion_tokens',
  'max_tokens',
  'top_p',
  'seed',
  'stop',
  'stream',
  'tools',
  'tool_choice',
  'response_format',
  'guard',
  'n',
  'logprobs',
  'reasoning_format',
  'parallel_tool_calls',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function deep(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}${close.repeat(depth)}`;
}

/** One bad chat body: a mutated valid request, or raw garbage. */
function chatBody(rand: () => number): string {
  const kind = Math.floor(rand() * 6);
  const valid: Record<string, unknown> = {
    model: MODEL,
    messages: [{ role: 'user', content: 'hi' }],
    max_tokens: 5,
  };
  if (kind === 0) {
    for (let i = 0; i < 1 + rand() * 3; i++) valid[pick(rand, FIELDS)] = pick(rand, WEIRD);
    return JSON.stringify(valid);
  }
  if (kind === 1) {
    valid.messages = [{ role: pick(rand, ['user', 'tool', 'system', 'x', 7]), content: pick(rand, WEIRD) }];
    return JSON.stringify(valid);
  }
  if (kind === 2) return JSON.stringify(valid).slice(0, Math.floor(rand() * 40));
  if (kind === 3)
    return `{"model":"${MODEL}","messages":${deep(50 + Math.floor(rand() * 20_000), '[', ']')}}`;
  if (kind === 4) {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10 + rand() * 80; i++) schema = { type: 'object', properties: { a: schema } };
    valid.tools = [{ type: 'function', function: { name: 'f', parameters: schema } }];
    return rand() < 0.5 ? JSON.stringify(valid) : `{"tools":${deep(5000, '{"p":', '}')}`;
  }
  const bytes = Array.from({ length: 1 + Math.floor(rand() * 200) }, () =>
    String.fromCharCode(Math.floor(rand() * 256)),
  );
  return bytes.join('');
}

function multipart(rand: () => number): { body: string; type: string } {
  const boundary = `b${Math.floor(rand() * 1e9)}`;
  const parts = [
    `--${boundary}\r\ncontent-disposition: form-data; name="model"\r\n\r\n${pick(rand, ['whisper-large-v3', '', '🦙', 'x'.repeat(300)])}\r\n`,
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${pick(rand, ['a.wav', '', '../../etc/passwd'])}"\r\ncontent-type: audio/wav\r\n\r\n${'RIFF'.repeat(Math.floor(rand() * 10))}\r\n`,
    `--${boundary}\r\ncontent-disposition: form-data; name="${pick(rand, ['temperature', 'response_format', 'language'])}"\r\n\r\n${String(pick(rand, WEIRD))}\r\n`,
  ];
  const body =
    parts.slice(0, 1 + Math.floor(rand() * 3)).join('') + (rand() < 0.7 ? `--${boundary}--\r\n` : '');
  const type =
    rand() < 0.8
      ? `multipart/form-data; boundary=${boundary}`
      : pick(rand, ['multipart/form-data', 'text/plain', '']);
  return { body, type };
}

/** A raw HTTP/1.1 request (no half-close: the server closes after answering, as asked). */
function rawRequest(c: Case): Promise<{ status: number; text: string }> {
  const url = new URL(c.path, app.url);
  const head = [`${c.method} ${c.path} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
  for (const [name, value] of Object.entries(c.headers)) head.push(`${name}: ${value}`);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? -1);
      resolve({ status, text: received.slice(received.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
  });
}

interface Case {
  path: string;
  method: string;
  body?: string;
  headers: Record<string, string>;
}

function generate(count: number, seed: number): Case[] {
  const rand = random(seed);
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const route = i % 7;
    const headers: Record<string, string> = { cookie };
    if (route <= 2) {
      cases.push({
        path: '/api/chat',
        method: 'POST',
        body: chatBody(rand),
        headers: { ...headers, 'content-type': 'application/json' },
      });
    } else if (route <= 4) {
      const { body, type } = multipart(rand);
      const path = route === 3 ? '/api/stt/transcriptions' : '/api/stt/translations';
      cases.push({
        path,
        method: 'POST',
        body,
        headers: type ? { ...headers, 'content-type': type } : headers,
      });
    } else if (route === 5) {
      const body = rand() < 0.5 ? JSON.stringify({ code: pick(rand, WEIRD) }) : chatBody(rand);
      cases.push({
        path: '/api/unlock',
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    } else {
      const path = pick(rand, ['/api/models', '/api/health', '/api/chat', '/api/models?x=%', '/api/unlock']);
      const method = pick(rand, ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
      const odd = pick<Record<string, string>>(rand, [
        { 'content-length': '0' },
        { 'content-length': '000' },
        { origin: 'null' },
        { 'x-forwarded-for': '\u00ff, , ::, 999.1.1.1' },
        { cookie: `${cookie}; groq_playground_access=%` },
        { 'sec-fetch-site': 'cross-site' },
      ]);
      cases.push({ path, method, headers: { ...headers, ...odd } });
    }
  }
  return cases;
}

/** Upstream failures passed through keep their own code; the playground's own faults have none of these. */
const PASS_THROUGH = new Set(['connection_error', 'stream_interrupted', 'timeout']);

describe('fuzzing every API route', () => {
  it('answers 600 generated bad requests with no 5xx of its own', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261129);
    const failures: string[] = [];
    const statuses = await inBatches(generate(600, seed), 8, async (c) => {
      const response =
        c.body === undefined
          ? await rawRequest(c)
          : await fetch(`${app.url}${c.path}`, { method: c.method, headers: c.headers, body: c.body }).then(
              async (r) => ({ status: r.status, text: await r.text() }),
              (error: unknown) => ({ status: -1, text: String(error) }),
            );
      const text = response.text;
      if (response.status >= 500 || response.status < 0) {
        let code: string | undefined;
        try {
          code = JSON.parse(text).error?.code;
        } catch {}
        if (!code || !PASS_THROUGH.has(code))
          failures.push(
            `${c.method} ${c.path} ${JSON.stringify(c.headers).slice(-90)} ${response.status} ${text.slice(0, 160)} <= ${(c.body ?? '').slice(0, 120)}`,
          );
      }
      return response.status;
    });
    expect(failures, `seed ${seed}`).toEqual([]);
    expect(statuses.filter((s) => s >= 400 && s < 500).length).toBeGreaterThan(500);
  });
});

import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_CODE, type App, inBatches, SESSION_SECRET, startApp, unlock } from './harness';

let app: App;
let cookie: string;
beforeAll(async () => {
  app = await startApp({ PLAYGROUND_ACCESS_CODE: ACCESS_CODE, SESSION_SECRET });
  cookie = await unlock(app);
});
afterAll(() => app?.stop());

const MB = 1024 * 1024;

/**
 * Declares a `declared`-byte upload, sends only the first 64 KB, and waits for the answer: a server
 * that answers now has decided without reading (or buffering) the rest.
 */
function uploadWithoutBody(path: string, declared: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
    const url = new URL(path, app.url);
    const req = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(declared), ...headers },
    });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: chunk.length });
      req.destroy();
    });
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.write(chunk);
  });
}

describe('auth and size before the body', () => {
  it('refuses cookie-less 26 MB uploads with 401 before the body, and memory stays flat', async () => {
    const before = app.rssMb();
    const paths = ['/api/chat', '/api/stt/transcriptions', '/api/stt/translations', '/api/unlock'];
    const results = await inBatches(
      Array.from({ length: 40 }, (_, i) => paths[i % paths.length] ?? ''),
      8,
      (path) => uploadWithoutBody(path, 26 * MB),
    );
    for (const [i, result] of results.entries()) {
      // /api/unlock needs no session but takes a kilobyte at most: 413 from the declared length.
      expect(result.status).toBe(paths[i % paths.length] === '/api/unlock' ? 413 : 401);
    }
    expect(app.rssMb() - before).toBeLessThan(40);
  });

  it('answers 26 MB posted to the page with 405, keeping at most 16 KB of it', async () => {
    // Next.js reads a body to its end before a proxy answers (it copies it for the proxy); with
    // proxyClientMaxBodySize at 16 KB the rest is discarded as it arrives, never buffered.
    const body = Buffer.alloc(26 * MB, 0x61);
    await (await fetch(`${app.url}/`, { method: 'POST', body })).arrayBuffer(); // warm up the page
    const before = app.rssMb();
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${app.url}/`, { method: 'POST', body });
      expect(response.status).toBe(405);
    }
    // Buffering would cost 26 MB per request (208 MB in all); allocator noise stays well below that.
    expect(app.rssMb() - before).toBeLessThan(60);
  });

  it('refuses an oversized declared body from an unlocked client with 413, unread', async () => {
    expect((await uploadWithoutBody('/api/chat', 26 * MB, { cookie })).status).toBe(413);
  });

  it('treats malformed cookies as absent: 401 on the API, the unlock screen on the page', async () => {
    const cookies = [
      'groq_playground_access=%',
      'groq_playground_access=%E0%A4%A',
      'groq_playground_access=v1.....',
      `groq_playground_access=${'A'.repeat(8000)}`,
      'groq_playground_access',
      '=;=;;groq_playground_access==',
    ];
    for (const bad of cookies) {
      const api = await fetch(`${app.url}/api/chat`, {
        method: 'POST',
        headers: { cookie: bad },
        body: '{}',
      });
      expect(api.status, bad).toBe(401);
      expect((await api.json()).error.code).toBe('access_code_required');
      const models = await fetch(`${app.url}/api/models`, { headers: { cookie: bad } });
      expect(models.status).toBe(401);
      const page = await fetch(`${app.url}/`, { headers: { cookie: bad } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Access code');
    }
  });

  it('answers a 10,000-deep JSON body with 400 and the depth limit', async () => {
    const deep = `{"model":"m","messages":[{"role":"user","content":"x"}],"tools":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const response = await fetch(`${app.url}/api/chat`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: deep,
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('json_too_deep');
    expect(error.message).toContain('64 levels');
  });

  it('refuses a cross-origin unlock with 403, even with the right code', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${app.url}/api/unlock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ code: ACCESS_CODE }),
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('sends nosniff on pages, API answers and /_next/static files', async () => {
    const page = await fetch(`${app.url}/`);
    const html = await page.text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    for (const path of ['/', '/api/health', asset ?? '']) {
      const response = await fetch(`${app.url}${path}`);
      await response.arrayBuffer();
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_CODE, type App, SESSION_SECRET, startApp, unlock } from './harness';

/** A public instance with no proxy in front: X-Forwarded-For is whatever the attacker typed. */
let app: App;
beforeAll(async () => {
  app = await startApp({
    PLAYGROUND_ACCESS_CODE: ACCESS_CODE,
    SESSION_SECRET,
    RATE_LIMIT_REQUESTS_PER_MINUTE: '20',
    UNLOCK_MAX_ATTEMPTS: '5',
    UNLOCK_LOCKOUT_SECONDS: '60',
  });
});
afterAll(() => app?.stop());

const spoofed = (i: number) => ({
  'x-forwarded-for': `198.51.100.${i % 250}, 203.0.113.${i % 200}`,
  'x-real-ip': `192.0.2.${i % 250}`,
  'x-vercel-forwarded-for': `192.0.2.${(i * 7) % 250}`,
  'cf-connecting-ip': `192.0.2.${(i * 3) % 250}`,
  forwarded: `for=192.0.2.${i % 250}`,
});

describe('rotating client-chosen address headers', () => {
  it('does not escape the wrong-code lockout', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${app.url}/api/unlock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...spoofed(i) },
        body: JSON.stringify({ code: `guess-${i}` }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // Even the right code waits out the lockout: guessing must not continue in the meantime.
    const right = await fetch(`${app.url}/api/unlock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...spoofed(99) },
      body: JSON.stringify({ code: ACCESS_CODE }),
    });
    expect(right.status).toBe(429);
  });

  it('does not escape the request limit: the 21st request in a minute gets 429 with Retry-After', async () => {
    // The lockout above belongs to this address too; a fresh app keeps the cases independent.
    await app.stop();
    app = await startApp({
      PLAYGROUND_ACCESS_CODE: ACCESS_CODE,
      SESSION_SECRET,
      RATE_LIMIT_REQUESTS_PER_MINUTE: '20',
    });
    const cookie = await unlock(app); // request 1
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${app.url}/api/models`, { headers: { cookie, ...spoofed(i) } });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await response.json()).error.code).toBe('client_rate_limited');
      } else await response.arrayBuffer();
    }
    expect(statuses.slice(0, 19).every((s) => s === 200)).toBe(true);
    expect(statuses[19]).toBe(429);
  });
});

/** A GET from a chosen loopback address (Linux routes all of 127.0.0.0/8 to lo). */
function getFrom(localAddress: string, url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the TCP peer is the client', () => {
  it('gives two real addresses two budgets, whatever headers they send', async () => {
    await app.stop();
    app = await startApp({ RATE_LIMIT_REQUESTS_PER_MINUTE: '3' });
    const models = `${app.url}/api/models`;
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await getFrom('127.0.0.1', models, spoofed(i)));
    expect(first).toEqual([200, 200, 200, 429]);
    // Claiming to be 127.0.0.2 does not help 127.0.0.1; really being 127.0.0.2 does.
    expect(await getFrom('127.0.0.1', models, { 'x-forwarded-for': '127.0.0.2' })).toBe(429);
    expect(await getFrom('127.0.0.2', models, { 'x-forwarded-for': '127.0.0.1' })).toBe(200);
    expect(app.output()).not.toContain('peer address is unavailable');
  });
});

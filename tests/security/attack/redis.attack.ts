import Redis from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCESS_CODE,
  type App,
  type RedisServer,
  SESSION_SECRET,
  startApp,
  startRedis,
  unlock,
} from './harness';

/** Two app processes behind one redis-server: one deployment, two instances. */
let redis: RedisServer;
let first: App;
let second: App;
beforeAll(async () => {
  redis = await startRedis();
  const env = {
    PLAYGROUND_ACCESS_CODE: ACCESS_CODE,
    SESSION_SECRET,
    REDIS_URL: redis.url,
    RATE_LIMIT_REQUESTS_PER_MINUTE: '20',
    UNLOCK_MAX_ATTEMPTS: '4',
  };
  [first, second] = await Promise.all([startApp(env), startApp(env)]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await redis?.stop();
});
beforeEach(async () => {
  const client = new Redis(redis.url);
  await client.flushall();
  client.disconnect();
});

const wrongCode = (app: App) =>
  fetch(`${app.url}/api/unlock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'nope' }),
  }).then((r) => r.status);

describe('limits shared through Redis', () => {
  it('counts requests across both instances: the 21st in a minute gets 429', async () => {
    const cookie = await unlock(first); // request 1
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const app = i % 2 === 0 ? second : first;
      const response = await fetch(`${app.url}/api/models`, { headers: { cookie } });
      await response.arrayBuffer();
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 19).every((s) => s === 200)).toBe(true);
    expect(statuses[19]).toBe(429);
  });

  it('locks out wrong codes across both instances', async () => {
    const statuses = [
      await wrongCode(first),
      await wrongCode(second),
      await wrongCode(first),
      await wrongCode(second),
    ];
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect(await wrongCode(first)).toBe(429);
    expect(await wrongCode(second)).toBe(429);
  });

  it('when Redis goes down: chat limits fall back to each instance with a warning, unlocking is refused', async () => {
    const cookie = await unlock(first);
    await redis.stop();
    const models = await fetch(`${first.url}/api/models`, { headers: { cookie } });
    await models.arrayBuffer();
    expect(models.status).toBe(200);
    expect(first.output()).toContain('rate-limit store unavailable');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${first.url}/api/models`, { headers: { cookie } });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses).toContain(429); // the per-instance budget still holds
    const unlocking = await fetch(`${second.url}/api/unlock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: ACCESS_CODE }),
    });
    expect(unlocking.status).toBe(503);
    expect(unlocking.headers.get('set-cookie')).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, inBatches, startApp } from './harness';

/**
 * 10,000 different addresses. With TRUSTED_PROXIES=1 the test plays the trusted proxy, so each one
 * really is a distinct client to the app (the worst case for the memory store: a botnet or an IPv6
 * range). The heap is read after a full GC through the server's inspector: RSS mostly measures how
 * lazily V8 collects. Unbounded, these clients cost ~30 MB; capped at 100 tracked clients, nothing.
 */
let app: App;
beforeAll(async () => {
  app = await startApp(
    { TRUSTED_PROXIES: '1', RATE_LIMIT_REQUESTS_PER_MINUTE: '5', RATE_LIMIT_MEMORY_MAX_CLIENTS: '100' },
    { inspect: true },
  );
});
afterAll(() => app?.stop());

const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function hit(i: number): Promise<number> {
  const response = await fetch(`${app.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address(i) },
    body: '{}',
  });
  await response.arrayBuffer();
  return response.status;
}

describe('the in-memory rate-limit store under 10,000 spoofed addresses', () => {
  it('stays bounded, and clients past the cap still cannot escape the limits', async () => {
    const warmUp = Array.from({ length: 300 }, (_, i) => i);
    await inBatches(warmUp, 16, hit);
    const before = await app.heapUsedMb();
    const statuses = await inBatches(
      Array.from({ length: 10_000 }, (_, i) => 1_000 + i),
      16,
      hit,
    );
    const grown = (await app.heapUsedMb()) - before;
    // Every request is a bad body (400) while its client has budget; past the cap, newcomers share
    // one overflow budget, which is spent at once (429).
    expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(9_900);
    expect(grown).toBeLessThan(2);
  });
});

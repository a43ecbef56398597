import { describe, expect, it } from 'vitest';
import { ClientKeyTracker, ClientLimits } from '@/lib/security/rate-limit';

const limits = (over: Partial<ConstructorParameters<typeof ClientLimits>[0]>) =>
  new ClientLimits({
    RATE_LIMIT_REQUESTS_PER_MINUTE: 0,
    RATE_LIMIT_TOKENS_PER_MINUTE: 0,
    MAX_CONCURRENT_STREAMS: 0,
    MAX_CONCURRENT_STREAMS_PER_INSTANCE: 0,
    RATE_LIMIT_MEMORY_MAX_CLIENTS: 1000,
    ...over,
  });

describe('client limits on rate-limiter-flexible (memory store)', () => {
  it('allows N requests a minute per key, then says when to retry', async () => {
    const store = limits({ RATE_LIMIT_REQUESTS_PER_MINUTE: 2 });
    expect(await store.countRequest(['ip:a'])).toBeNull();
    expect(await store.countRequest(['ip:a'])).toBeNull();
    const third = await store.countRequest(['ip:a']);
    expect(third).toMatchObject({ code: 'client_rate_limited' });
    expect(third?.retryAfter).toBeGreaterThan(55);
    expect(await store.countRequest(['ip:b'])).toBeNull();
    expect(await store.countRequest(['ip:b', 'session:s'])).toBeNull();
    expect(await store.countRequest(['ip:c', 'session:s'])).toBeNull();
    expect(await store.countRequest(['ip:d', 'session:s'])).not.toBeNull();
  });

  it('counts tokens, refuses a request larger than the whole budget, and a refusal costs nothing', async () => {
    const store = limits({ RATE_LIMIT_TOKENS_PER_MINUTE: 1000 });
    expect(await store.spendTokens(['ip:a'], 600)).toBeNull();
    expect(await store.spendTokens(['ip:a'], 600)).toMatchObject({ code: 'client_rate_limited' });
    expect(await store.spendTokens(['ip:a'], 400)).toBeNull();
    expect(await store.spendTokens(['ip:a'], 2000)).toMatchObject({ retryAfter: 60 });
  });

  it('caps concurrent streams per client and frees a slot on release', async () => {
    const store = limits({ MAX_CONCURRENT_STREAMS: 1 });
    const first = await store.openStream(['ip:a']);
    expect(typeof first).toBe('function');
    expect(await store.openStream(['ip:a'])).toMatchObject({ code: 'too_many_streams' });
    expect(typeof (await store.openStream(['ip:b']))).toBe('function');
    if (typeof first === 'function') first();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(typeof (await store.openStream(['ip:a']))).toBe('function');
  });

  it('tracks a bounded number of clients: past the cap new ones share one overflow budget', async () => {
    const store = limits({ RATE_LIMIT_REQUESTS_PER_MINUTE: 1, RATE_LIMIT_MEMORY_MAX_CLIENTS: 100 });
    for (let i = 0; i < 10_000; i++) await store.countRequest([`ip:10.0.${i >> 8}.${i & 255}`]);
    expect(store.trackedClients).toBe(100);
    expect(await store.countRequest(['ip:192.0.2.1'])).not.toBeNull();
  });

  it('forgets clients whose entries expired', () => {
    const tracker = new ClientKeyTracker(2, 1000);
    expect(tracker.admit('a', 0)).toBe('a');
    expect(tracker.admit('b', 0)).toBe('b');
    expect(tracker.admit('c', 500)).toBe('overflow');
    expect(tracker.admit('c', 1500)).toBe('c');
    expect(tracker.size).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from '@/lib/security/rate-limit';

const limits = (
  over: Partial<{ requestsPerMinute: number; tokensPerMinute: number; concurrentStreams: number }>,
) => ({
  requestsPerMinute: 0,
  tokensPerMinute: 0,
  concurrentStreams: 0,
  ...over,
});

describe('in-memory rate limits', () => {
  it('allows N requests a minute per client, then says when the oldest leaves the window', async () => {
    const store = new MemoryRateLimitStore();
    const l = limits({ requestsPerMinute: 2 });
    expect(await store.consume('a', 0, l, 0)).toEqual({ ok: true });
    expect(await store.consume('a', 0, l, 10_000)).toEqual({ ok: true });
    expect(await store.consume('a', 0, l, 20_000)).toMatchObject({ ok: false, retryAfter: 40 });
    expect(await store.consume('b', 0, l, 20_000)).toEqual({ ok: true });
    expect(await store.consume('a', 0, l, 60_001)).toEqual({ ok: true });
  });

  it('counts tokens per minute and refuses a request larger than the whole budget', async () => {
    const store = new MemoryRateLimitStore();
    const l = limits({ tokensPerMinute: 1000 });
    expect(await store.consume('a', 600, l, 0)).toEqual({ ok: true });
    expect(await store.consume('a', 600, l, 5_000)).toMatchObject({ ok: false, retryAfter: 55 });
    expect(await store.consume('a', 400, l, 5_000)).toEqual({ ok: true });
    expect(await store.consume('a', 2000, l, 5_000)).toMatchObject({ ok: false, retryAfter: 60 });
  });

  it('caps concurrent streams per client and frees a slot on close', async () => {
    const store = new MemoryRateLimitStore();
    expect(await store.openStream('a', 1)).toBe(true);
    expect(await store.openStream('a', 1)).toBe(false);
    expect(await store.openStream('b', 1)).toBe(true);
    await store.closeStream('a');
    expect(await store.openStream('a', 1)).toBe(true);
  });
});

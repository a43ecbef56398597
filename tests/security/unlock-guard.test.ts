import { describe, expect, it } from 'vitest';
import { UnlockGuard } from '@/lib/security/unlock-guard';

const guard = (over: Partial<ConstructorParameters<typeof UnlockGuard>[0]> = {}) =>
  new UnlockGuard({
    UNLOCK_MAX_ATTEMPTS: 3,
    UNLOCK_LOCKOUT_SECONDS: 10,
    UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE: 100,
    ...over,
  });

describe('unlock brute-force protection', () => {
  it('locks an address out after the configured wrong codes, doubling each time', async () => {
    const g = guard();
    expect(await g.recordFailure('a')).toBe(0);
    expect(await g.recordFailure('a')).toBe(0);
    expect(await g.recordFailure('a')).toBe(10);
    expect(await g.lockedFor('a')).toBeGreaterThan(8);
    expect(await g.lockedFor('b')).toBe(0);
    for (let i = 0; i < 2; i++) await g.recordFailure('a');
    expect(await g.recordFailure('a')).toBe(20);
  });

  it('locks everyone out when wrong codes from many addresses pass the global limit', async () => {
    const g = guard({ UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE: 5 });
    for (let i = 0; i < 6; i++) await g.recordFailure(`198.51.100.${i}`);
    expect(await g.lockedFor('203.0.113.1')).toBeGreaterThan(0);
  });

  it('a right code clears the address count', async () => {
    const g = guard();
    await g.recordFailure('a');
    await g.recordFailure('a');
    await g.recordSuccess('a');
    expect(await g.recordFailure('a')).toBe(0);
  });
});

import 'server-only';
import { createLimiter, type Limiter, retryAfterSeconds } from './limiter-store';

/**
 * Brute-force protection for the access code. Each address gets UNLOCK_MAX_ATTEMPTS wrong codes per
 * hour; then it is locked out for UNLOCK_LOCKOUT_SECONDS, doubling with each further lockout within
 * a day (up to a day). Across all addresses, more than UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE wrong
 * codes lock unlocking for everyone the same way (existing sessions keep working): a botnet with many
 * addresses still gets only that many guesses a minute. Without the store, unlocking is refused.
 */
export interface UnlockSettings {
  UNLOCK_MAX_ATTEMPTS: number;
  UNLOCK_LOCKOUT_SECONDS: number;
  UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE: number;
  REDIS_URL?: string;
}

const GLOBAL_KEY = 'all';
const DAY = 86_400;

export class UnlockGuard {
  private readonly failures: Limiter;
  private readonly globalFailures: Limiter;
  private readonly lockouts: Limiter;
  private readonly locks: Limiter;

  constructor(private readonly settings: UnlockSettings) {
    const url = settings.REDIS_URL;
    this.failures = createLimiter(
      { name: 'unlock-fail', points: settings.UNLOCK_MAX_ATTEMPTS, duration: 3600 },
      url,
      'refuse',
    );
    this.globalFailures = createLimiter(
      { name: 'unlock-fail-all', points: settings.UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE, duration: 60 },
      url,
      'refuse',
    );
    this.lockouts = createLimiter(
      { name: 'unlock-lockouts', points: 1_000_000, duration: DAY },
      url,
      'refuse',
    );
    this.locks = createLimiter({ name: 'unlock-lock', points: 1, duration: 1 }, url, 'refuse');
  }

  /** Seconds until `address` may try again, or 0 when it may try now. Throws when the store is down. */
  async lockedFor(address: string): Promise<number> {
    const [own, all] = await Promise.all([this.locks.get(address), this.locks.get(GLOBAL_KEY)]);
    const wait = [own, all]
      .filter((res) => res !== null && res.consumedPoints > 1 && res.msBeforeNext > 0)
      .map((res) => (res ? retryAfterSeconds(res) : 0));
    return wait.length > 0 ? Math.max(...wait) : 0;
  }

  /** Records a wrong code; returns the lockout (seconds) it triggered, or 0. */
  async recordFailure(address: string): Promise<number> {
    const [own, all] = await Promise.all([
      this.failures.penalty(address),
      this.globalFailures.penalty(GLOBAL_KEY),
    ]);
    let lockedFor = 0;
    if (own.consumedPoints >= this.settings.UNLOCK_MAX_ATTEMPTS) {
      lockedFor = await this.lock(address, this.failures);
    }
    if (all.consumedPoints > this.settings.UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE) {
      lockedFor = Math.max(lockedFor, await this.lock(GLOBAL_KEY, this.globalFailures));
    }
    return lockedFor;
  }

  async recordSuccess(address: string): Promise<void> {
    await Promise.all([this.failures.delete(address), this.lockouts.delete(address)]);
  }

  private async lock(key: string, counter: Limiter): Promise<number> {
    const previous = await this.lockouts.penalty(key);
    const seconds = Math.min(
      DAY,
      this.settings.UNLOCK_LOCKOUT_SECONDS * 2 ** Math.min(previous.consumedPoints - 1, 20),
    );
    await Promise.all([this.locks.block(key, seconds), counter.delete(key)]);
    return seconds;
  }
}

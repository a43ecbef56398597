import 'server-only';
import { createLimiter, isRateLimited, type Limiter, retryAfterSeconds } from './limiter-store';

/**
 * Per-client budgets: requests and tokens (what a request may generate) per minute, and streams
 * open at once; plus a cap on streams open in this instance. A client is one or more keys (its
 * address, and its access session once unlocked): every key must have room.
 */
export interface ClientLimitSettings {
  RATE_LIMIT_REQUESTS_PER_MINUTE: number;
  RATE_LIMIT_TOKENS_PER_MINUTE: number;
  MAX_CONCURRENT_STREAMS: number;
  MAX_CONCURRENT_STREAMS_PER_INSTANCE: number;
  RATE_LIMIT_MEMORY_MAX_CLIENTS: number;
  REDIS_URL?: string;
}

export type Refusal = { retryAfter: number; reason: string; code: string };

/** A stream's slot outlives any route's maxDuration (300 s), so a crashed instance frees it in time. */
const STREAM_SLOT_SECONDS = 600;
const OVERFLOW_KEY = 'overflow';

/**
 * In memory, the number of distinct clients tracked is capped (least recently seen forgotten first,
 * entries expire): past the cap, new clients share one overflow budget, so a flood of addresses
 * costs bounded memory and still cannot escape the limits.
 */
export class ClientKeyTracker {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly max: number,
    private readonly ttlMs = STREAM_SLOT_SECONDS * 1000,
  ) {}

  admit(key: string, now = Date.now()): string {
    if (this.seen.delete(key) || this.seen.size < this.max) {
      this.seen.set(key, now + this.ttlMs);
      return key;
    }
    for (const [oldest, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(oldest);
    }
    if (this.seen.size >= this.max) return OVERFLOW_KEY;
    this.seen.set(key, now + this.ttlMs);
    return key;
  }

  get size(): number {
    return this.seen.size;
  }
}

export class ClientLimits {
  private readonly requests: Limiter | null;
  private readonly tokens: Limiter | null;
  private readonly streams: Limiter | null;
  private readonly tracker: ClientKeyTracker | null;
  private instanceStreams = 0;

  constructor(private readonly settings: ClientLimitSettings) {
    const url = settings.REDIS_URL;
    const make = (name: string, points: number, duration: number) =>
      points > 0 ? createLimiter({ name, points, duration }, url, 'per-instance') : null;
    this.requests = make('requests', settings.RATE_LIMIT_REQUESTS_PER_MINUTE, 60);
    this.tokens = make('tokens', settings.RATE_LIMIT_TOKENS_PER_MINUTE, 60);
    this.streams = make('streams', settings.MAX_CONCURRENT_STREAMS, STREAM_SLOT_SECONDS);
    this.tracker = url ? null : new ClientKeyTracker(settings.RATE_LIMIT_MEMORY_MAX_CLIENTS);
  }

  /** How many distinct clients the memory store tracks now (0 with Redis). */
  get trackedClients(): number {
    return this.tracker?.size ?? 0;
  }

  private keysFor(keys: readonly string[]): string[] {
    const tracker = this.tracker;
    return tracker ? [...new Set(keys.map((key) => tracker.admit(key)))] : [...keys];
  }

  /** Counts one request against every key; refuses when any key is over its minute. */
  async countRequest(clientKeys: readonly string[]): Promise<Refusal | null> {
    const limiter = this.requests;
    if (!limiter) return null;
    for (const key of this.keysFor(clientKeys)) {
      try {
        await limiter.consume(key);
      } catch (error) {
        if (!isRateLimited(error)) throw error;
        const per = this.settings.RATE_LIMIT_REQUESTS_PER_MINUTE;
        return {
          retryAfter: retryAfterSeconds(error),
          reason: `more than ${per} requests per minute`,
          code: 'client_rate_limited',
        };
      }
    }
    return null;
  }

  /** Spends `tokens` from every key's minute budget, or none of it. */
  async spendTokens(clientKeys: readonly string[], tokens: number): Promise<Refusal | null> {
    const limiter = this.tokens;
    const budget = this.settings.RATE_LIMIT_TOKENS_PER_MINUTE;
    if (!limiter || tokens <= 0) return null;
    if (tokens > budget) {
      return {
        retryAfter: 60,
        reason: `a request of ${tokens} tokens exceeds ${budget} tokens per minute`,
        code: 'client_rate_limited',
      };
    }
    const spent: string[] = [];
    for (const key of this.keysFor(clientKeys)) {
      try {
        await limiter.consume(key, tokens);
        spent.push(key);
      } catch (error) {
        if (!isRateLimited(error)) throw error;
        // A refused request costs nothing: give back what this attempt took.
        await Promise.all([...spent, key].map((k) => limiter.reward(k, tokens)));
        return {
          retryAfter: retryAfterSeconds(error),
          reason: `more than ${budget} tokens per minute`,
          code: 'client_rate_limited',
        };
      }
    }
    return null;
  }

  /** Takes a stream slot for the client and the instance; the returned function gives it back. */
  async openStream(clientKeys: readonly string[]): Promise<Refusal | (() => void)> {
    const instanceMax = this.settings.MAX_CONCURRENT_STREAMS_PER_INSTANCE;
    if (instanceMax > 0 && this.instanceStreams >= instanceMax) {
      return {
        retryAfter: 5,
        reason: `this server is already streaming ${instanceMax} answers`,
        code: 'server_busy',
      };
    }
    const limiter = this.streams;
    const taken: string[] = [];
    if (limiter) {
      for (const key of this.keysFor(clientKeys)) {
        try {
          await limiter.consume(key);
          taken.push(key);
        } catch (error) {
          if (!isRateLimited(error)) throw error;
          await Promise.all(taken.concat(key).map((k) => freeSlot(limiter, k)));
          const max = this.settings.MAX_CONCURRENT_STREAMS;
          return {
            retryAfter: 1,
            reason: `at most ${max} answers streaming at once per client`,
            code: 'too_many_streams',
          };
        }
      }
    }
    this.instanceStreams++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.instanceStreams--;
      if (limiter) for (const key of taken) void freeSlot(limiter, key);
    };
  }
}

async function freeSlot(limiter: Limiter, key: string): Promise<void> {
  try {
    const res = await limiter.reward(key);
    if (res.consumedPoints <= 0) await limiter.delete(key);
  } catch {
    // The slot expires on its own (STREAM_SLOT_SECONDS) if the store cannot be reached now.
  }
}

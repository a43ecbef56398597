import 'server-only';
import { AsyncResource } from 'node:async_hooks';
import Redis from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/**
 * Where the limits live: in this process's memory (entries expire with their window) or, when
 * REDIS_URL is set, in Redis, so every instance behind a load balancer or on Vercel shares them.
 * Redis commands fail fast (no offline queue): a request never waits on a dead Redis.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The rate-limit store (Redis) is unavailable.', { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface LimiterSpec {
  name: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

/** What a limiter does when Redis fails: use this instance's memory (and warn), or refuse. */
export type StoreFailure = 'per-instance' | 'refuse';

const globalRedis = globalThis as typeof globalThis & { __playgroundRedis?: Map<string, Redis> };

export function redisClient(url: string): Redis {
  globalRedis.__playgroundRedis ??= new Map();
  let client = globalRedis.__playgroundRedis.get(url);
  if (!client) {
    client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 1_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    // Connection errors are reported per command (below); this only keeps them out of stderr noise.
    client.on('error', () => {});
    globalRedis.__playgroundRedis.set(url, client);
  }
  return client;
}

/** Waits (briefly) for Redis at server start so the first requests do not find it still connecting. */
export async function waitForRedis(url: string, timeoutMs = 3_000): Promise<boolean> {
  const client = redisClient(url);
  if (client.status === 'ready') return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

let lastWarning = 0;
function warnStoreDown(error: unknown): void {
  const now = Date.now();
  if (now - lastWarning < 60_000) return;
  lastWarning = now;
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(`[playground] rate-limit store unavailable (${reason}); using per-instance limits meanwhile.`);
}

/**
 * The memory store sets one timer per key. A timer created while handling a request keeps that
 * request's async context (Next.js's AsyncLocalStorage: the request, its headers, its work store)
 * alive until it fires — about 30 KB per client for a minute. Store calls therefore run in this
 * detached scope, created when the server starts (instrumentation.ts; one per process, as route
 * bundles and the instrumentation bundle each have their own copy of this module), so an entry
 * costs only itself.
 */
const scope = globalThis as typeof globalThis & { __playgroundDetachedScope?: AsyncResource };
export function detachedScope(): AsyncResource {
  scope.__playgroundDetachedScope ??= new AsyncResource('playground-rate-limits');
  return scope.__playgroundDetachedScope;
}

/** A limiter that says "no" with a RateLimiterRes and turns store failures into the chosen policy. */
export class Limiter {
  constructor(
    private readonly primary: RateLimiterAbstract,
    private readonly fallback: RateLimiterAbstract | null,
  ) {}

  private async run<T>(action: (limiter: RateLimiterAbstract) => Promise<T>): Promise<T> {
    try {
      return await detachedScope().runInAsyncScope(() => action(this.primary));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw error;
      if (!this.fallback) throw new StoreUnavailableError(error);
      warnStoreDown(error);
      const fallback = this.fallback;
      return detachedScope().runInAsyncScope(() => action(fallback));
    }
  }

  /** Resolves when the points fit; rejects with RateLimiterRes (over the limit) otherwise. */
  consume(key: string, points = 1): Promise<RateLimiterRes> {
    return this.run((l) => l.consume(key, points));
  }
  penalty(key: string, points = 1): Promise<RateLimiterRes> {
    return this.run((l) => l.penalty(key, points));
  }
  reward(key: string, points = 1): Promise<RateLimiterRes> {
    return this.run((l) => l.reward(key, points));
  }
  get(key: string): Promise<RateLimiterRes | null> {
    return this.run((l) => l.get(key));
  }
  block(key: string, seconds: number): Promise<RateLimiterRes> {
    return this.run((l) => l.block(key, seconds));
  }
  delete(key: string): Promise<boolean> {
    return this.run((l) => l.delete(key));
  }
}

export function createLimiter(
  spec: LimiterSpec,
  redisUrl: string | undefined,
  onFailure: StoreFailure,
): Limiter {
  const options = { keyPrefix: `gp:${spec.name}`, points: spec.points, duration: spec.duration };
  const memory = new RateLimiterMemory(options);
  if (!redisUrl) return new Limiter(memory, null);
  const redis = new RateLimiterRedis({ ...options, storeClient: redisClient(redisUrl) });
  return new Limiter(redis, onFailure === 'per-instance' ? memory : null);
}

export function isRateLimited(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}

/** Seconds until a refused key may try again (at least 1). */
export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

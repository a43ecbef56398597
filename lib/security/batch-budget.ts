import 'server-only';
import { PlaygroundError } from '../errors';
import type { SecurityConfig } from './config';
import { createLimiter, isRateLimited, type Limiter, retryAfterSeconds } from './limiter-store';

/**
 * The completion tokens batch files may ask for, per client per minute. A file's total (the sum of
 * each line's maximum) must fit at upload, and starting a batch from it spends it, every time: one
 * checked file cannot start more batches than the budget allows. Unset, the figure is the chat token
 * budget's (RATE_LIMIT_TOKENS_PER_MINUTE), kept in a budget of its own.
 */
export function batchTokenBudget(config: SecurityConfig): number {
  return config.RATE_LIMIT_BATCH_TOKENS_PER_MINUTE ?? config.RATE_LIMIT_TOKENS_PER_MINUTE;
}

const limiters = new WeakMap<SecurityConfig, Limiter | null>();
function limiterFor(config: SecurityConfig): Limiter | null {
  if (!limiters.has(config)) {
    const points = batchTokenBudget(config);
    limiters.set(
      config,
      points > 0
        ? createLimiter({ name: 'batch-tokens', points, duration: 60 }, config.REDIS_URL, 'per-instance')
        : null,
    );
  }
  return limiters.get(config) ?? null;
}

/** Spends `tokens` from every client key's minute, or none of it; a refusal names both figures. */
export async function spendBatchTokens(
  config: SecurityConfig,
  clientKeys: readonly string[],
  tokens: number,
): Promise<PlaygroundError | null> {
  const limiter = limiterFor(config);
  if (!limiter || tokens <= 0) return null;
  const budget = batchTokenBudget(config);
  const refused = (retryAfter: number, reason: string) =>
    new PlaygroundError({
      status: 429,
      type: 'rate_limit_exceeded',
      code: 'batch_token_budget',
      message: `This batch may generate up to ${tokens} completion tokens; ${reason}.`,
      retry_after: retryAfter,
    });
  if (tokens > budget) {
    return refused(60, `this deployment allows at most ${budget} tokens per minute for batches`);
  }
  const spent: string[] = [];
  for (const key of clientKeys) {
    try {
      await limiter.consume(key, tokens);
      spent.push(key);
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      await Promise.all([...spent, key].map((k) => limiter.reward(k, tokens)));
      return refused(
        retryAfterSeconds(error),
        `that would be more than ${budget} batch tokens this minute; try again in ${retryAfterSeconds(error)} s`,
      );
    }
  }
  return null;
}

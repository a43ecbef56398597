/**
 * Per-client budgets over a sliding minute: requests, and tokens (what a request may generate), plus
 * a cap on streams open at once. The store is an interface: this in-memory one is per process, so
 * serverless instances (Vercel) do not share it — each instance enforces its own budget. A shared
 * store (Redis, Upstash, a database) can implement the same three methods.
 */
export interface RateLimits {
  requestsPerMinute: number;
  tokensPerMinute: number;
  concurrentStreams: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfter: number; reason: string };

export interface RateLimitStore {
  /** Records one request costing `tokens` if it fits the budgets; otherwise says when to retry. */
  consume(client: string, tokens: number, limits: RateLimits, now: number): Promise<RateDecision>;
  /** Takes a stream slot; false when the client already has the maximum open. */
  openStream(client: string, max: number): Promise<boolean>;
  closeStream(client: string): Promise<void>;
}

const WINDOW_MS = 60_000;

interface Entry {
  at: number;
  tokens: number;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly hits = new Map<string, Entry[]>();
  private readonly streams = new Map<string, number>();

  async consume(client: string, tokens: number, limits: RateLimits, now: number): Promise<RateDecision> {
    const recent = (this.hits.get(client) ?? []).filter((e) => now - e.at < WINDOW_MS);
    const retryWhen = (index: number) =>
      Math.max(1, Math.ceil(((recent[index]?.at ?? now) + WINDOW_MS - now) / 1000));
    if (limits.requestsPerMinute > 0 && recent.length >= limits.requestsPerMinute) {
      this.hits.set(client, recent);
      return {
        ok: false,
        retryAfter: retryWhen(recent.length - limits.requestsPerMinute),
        reason: `more than ${limits.requestsPerMinute} requests per minute`,
      };
    }
    if (limits.tokensPerMinute > 0) {
      let used = recent.reduce((sum, e) => sum + e.tokens, 0);
      if (used + tokens > limits.tokensPerMinute) {
        if (tokens > limits.tokensPerMinute) {
          return {
            ok: false,
            retryAfter: 60,
            reason: `a request of ${tokens} tokens exceeds ${limits.tokensPerMinute} tokens per minute`,
          };
        }
        let index = 0;
        while (used + tokens > limits.tokensPerMinute && index < recent.length)
          used -= recent[index++]?.tokens ?? 0;
        this.hits.set(client, recent);
        return {
          ok: false,
          retryAfter: retryWhen(index - 1),
          reason: `more than ${limits.tokensPerMinute} tokens per minute`,
        };
      }
    }
    recent.push({ at: now, tokens });
    this.hits.set(client, recent);
    return { ok: true };
  }

  async openStream(client: string, max: number): Promise<boolean> {
    const open = this.streams.get(client) ?? 0;
    if (max > 0 && open >= max) return false;
    this.streams.set(client, open + 1);
    return true;
  }

  async closeStream(client: string): Promise<void> {
    const open = (this.streams.get(client) ?? 1) - 1;
    if (open <= 0) this.streams.delete(client);
    else this.streams.set(client, open);
  }
}

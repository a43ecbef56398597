/**
 * x-ratelimit-* bookkeeping. Requests are a per-day budget, tokens a per-minute budget; both refill
 * continuously, so `reset-*` is the time until the budget is full again (Go duration style: 2m59.56s).
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface RateLimitSnapshot {
  remainingRequests: number;
  remainingTokens: number;
  resetRequestsSeconds: number;
  resetTokensSeconds: number;
}

/** Formats seconds like Go's time.Duration.String(): 7.66s, 2m59.56s, 1h0m0s. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds * 100) / 100);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total - hours * 3600) / 60);
  const secs = Math.round((total - hours * 3600 - minutes * 60) * 100) / 100;
  const secText = `${Number(secs.toFixed(2))}s`;
  if (hours > 0) return `${hours}h${minutes}m${secText}`;
  if (minutes > 0) return `${minutes}m${secText}`;
  return secText;
}

export class RateLimiter {
  private requests: number;
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly limitRequests: number,
    readonly limitTokens: number,
    private readonly now: () => number = Date.now,
  ) {
    this.requests = limitRequests;
    this.tokens = limitTokens;
    this.updatedAt = now();
  }

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.updatedAt = now;
    this.requests = Math.min(this.limitRequests, this.requests + (elapsed * this.limitRequests) / DAY_MS);
    this.tokens = Math.min(this.limitTokens, this.tokens + (elapsed * this.limitTokens) / MINUTE_MS);
  }

  /** Whether one more request (and `tokens` more tokens) fits in the budget. */
  check(tokens: number): 'ok' | 'requests' | 'tokens' {
    this.refill();
    if (this.requests < 1) return 'requests';
    if (this.tokens < tokens) return 'tokens';
    return 'ok';
  }

  consumeRequest(): void {
    this.refill();
    this.requests = Math.max(0, this.requests - 1);
  }

  consumeTokens(tokens: number): void {
    this.refill();
    this.tokens = Math.max(0, this.tokens - tokens);
  }

  snapshot(): RateLimitSnapshot {
    this.refill();
    return {
      remainingRequests: Math.floor(this.requests),
      remainingTokens: Math.floor(this.tokens),
      resetRequestsSeconds: ((this.limitRequests - this.requests) * DAY_MS) / this.limitRequests / 1000,
      resetTokensSeconds: ((this.limitTokens - this.tokens) * MINUTE_MS) / this.limitTokens / 1000,
    };
  }

  /** Seconds until `tokens` tokens are available again. */
  secondsUntilTokens(tokens: number): number {
    this.refill();
    const missing = Math.max(0, tokens - this.tokens);
    return (missing * MINUTE_MS) / this.limitTokens / 1000;
  }

  headers(): Record<string, string> {
    const snap = this.snapshot();
    return {
      'x-ratelimit-limit-requests': String(this.limitRequests),
      'x-ratelimit-limit-tokens': String(this.limitTokens),
      'x-ratelimit-remaining-requests': String(snap.remainingRequests),
      'x-ratelimit-remaining-tokens': String(snap.remainingTokens),
      'x-ratelimit-reset-requests': formatDuration(snap.resetRequestsSeconds),
      'x-ratelimit-reset-tokens': formatDuration(snap.resetTokensSeconds),
    };
  }

  reset(): void {
    this.requests = this.limitRequests;
    this.tokens = this.limitTokens;
    this.updatedAt = this.now();
  }
}

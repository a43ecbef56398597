import type { RateLimitHeaders } from '../stream/events';

/** The `x-ratelimit-*` headers (and `retry-after`) of an upstream response, verbatim. */
export function pickRateLimitHeaders(headers: Headers | undefined): RateLimitHeaders {
  const picked: RateLimitHeaders = {};
  headers?.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('x-ratelimit-') || lower === 'retry-after') picked[lower] = value;
  });
  return picked;
}

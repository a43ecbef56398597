import 'server-only';
import { invalidRequest, PlaygroundError } from '../errors';
import { accessCookie, issueSession, safeEqual } from './access';
import type { SecurityConfig } from './config';
import { StoreUnavailableError } from './limiter-store';
import { UnlockGuard } from './unlock-guard';

const guards = new WeakMap<SecurityConfig, UnlockGuard>();
function unlockGuard(config: SecurityConfig): UnlockGuard {
  let guard = guards.get(config);
  if (!guard) {
    guard = new UnlockGuard(config);
    guards.set(config, guard);
  }
  return guard;
}

const lockedOut = (seconds: number) =>
  new PlaygroundError({
    status: 429,
    type: 'rate_limit_exceeded',
    code: 'unlock_locked_out',
    message: `Too many wrong access codes: try again in ${seconds} s.`,
    retry_after: seconds,
  });

const storeDown = () =>
  new PlaygroundError({
    status: 503,
    type: 'api_error',
    code: 'unlock_unavailable',
    message:
      'Unlocking is unavailable right now (the rate-limit store cannot be reached); try again shortly.',
  });

/** `{"code": "…"}`, the unlock route's schema step (the gate has read it within a kilobyte). */
export function parseUnlockBody(
  value: unknown,
): { ok: true; data: string } | { ok: false; error: PlaygroundError } {
  const code = typeof value === 'object' && value !== null ? Reflect.get(value, 'code') : undefined;
  if (typeof code !== 'string') {
    return { ok: false, error: invalidRequest('Send the access code as JSON: {"code": "…"}') };
  }
  return { ok: true, data: code };
}

/**
 * Exchanges the access code for a signed session cookie (the gate has checked Host, Origin, size and
 * rate, and read the body): the lockout is checked first, the code is compared in constant time and
 * never logged or echoed. When the store that counts wrong codes is down, unlocking is refused (fail
 * closed): guessing must never get cheaper because Redis is unreachable.
 */
export async function unlock(
  request: Request,
  code: string,
  address: string,
  config: SecurityConfig,
): Promise<Response | PlaygroundError> {
  const expected = config.PLAYGROUND_ACCESS_CODE;
  if (!expected) return new Response(null, { status: 204 });
  const guard = unlockGuard(config);
  try {
    const wait = await guard.lockedFor(address);
    if (wait > 0) return lockedOut(wait);
    if (!safeEqual(code, expected)) {
      await guard.recordFailure(address);
      return new PlaygroundError({
        status: 401,
        type: 'invalid_request_error',
        code: 'invalid_access_code',
        message: 'That access code is not right.',
      });
    }
    await guard.recordSuccess(address);
  } catch (error) {
    if (error instanceof StoreUnavailableError) return storeDown();
    throw error;
  }
  const { token } = issueSession(config);
  const secure = config.PUBLIC_URL
    ? config.PUBLIC_URL.startsWith('https:')
    : request.url.startsWith('https:') || request.headers.get('x-forwarded-proto') === 'https';
  return new Response(null, {
    status: 204,
    headers: {
      'set-cookie': accessCookie(token, config.SESSION_MAX_AGE_SECONDS, secure),
      'cache-control': 'no-store',
    },
  });
}

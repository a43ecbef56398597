import 'server-only';
import { invalidRequest, PlaygroundError } from '../errors';
import { accessCookie, issueSession, safeEqual } from './access';
import { readJsonBody } from './body';
import type { SecurityConfig } from './config';
import { openGate } from './gate';
import { StoreUnavailableError } from './limiter-store';
import { UnlockGuard } from './unlock-guard';

/** An unlock body is `{"code": "…"}`: a kilobyte is plenty, and nothing bigger is read. */
const UNLOCK_BODY_BYTES = 1024;

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

/**
 * Exchanges the access code for a signed session cookie: Origin, size and lockout are checked before
 * the body is read; the code is compared in constant time and never logged or echoed. When the store
 * that counts wrong codes is down, unlocking is refused (fail closed): guessing must never get
 * cheaper because Redis is unreachable.
 */
export async function unlock(request: Request, config: SecurityConfig): Promise<Response | PlaygroundError> {
  const gate = await openGate(request, { requireSession: false, maxBodyBytes: UNLOCK_BODY_BYTES }, config);
  if (!gate.ok) return gate.error;
  const expected = config.PLAYGROUND_ACCESS_CODE;
  if (!expected) return new Response(null, { status: 204 });
  const guard = unlockGuard(config);
  const address = gate.context.address;
  try {
    const wait = await guard.lockedFor(address);
    if (wait > 0) return lockedOut(wait);
    const body = await readJsonBody(request, UNLOCK_BODY_BYTES);
    if (!body.ok) return body.error;
    const code =
      typeof body.value === 'object' && body.value !== null ? Reflect.get(body.value, 'code') : undefined;
    if (typeof code !== 'string') return invalidRequest('Send the access code as JSON: {"code": "…"}');
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

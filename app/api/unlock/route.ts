import { invalidRequest, PlaygroundError } from '@/lib/errors';
import { errorResponse } from '@/lib/groq/errors';
import { accessCookie, safeEqual } from '@/lib/security/access';
import { securityConfig } from '@/lib/security/config';
import { admit, readLimitedText } from '@/lib/security/gate';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Exchanges the access code for an httpOnly cookie. The code is compared in constant time and never
 * logged or echoed; attempts count against the client's request budget like any other call.
 */
export async function POST(request: Request): Promise<Response> {
  const config = securityConfig();
  const expected = config.PLAYGROUND_ACCESS_CODE;
  if (!expected) return new Response(null, { status: 204 });
  const admitted = await admit(request, {});
  if (!admitted.ok) return errorResponse(admitted.error);
  const text = await readLimitedText(request);
  if (typeof text !== 'string') return errorResponse(text);
  let code: unknown;
  try {
    code = (JSON.parse(text) as { code?: unknown }).code;
  } catch {
    return errorResponse(invalidRequest('Send the access code as JSON: {"code": "…"}'));
  }
  if (typeof code !== 'string' || !safeEqual(code, expected)) {
    return errorResponse(
      new PlaygroundError({
        status: 401,
        type: 'invalid_request_error',
        code: 'invalid_access_code',
        message: 'That access code is not right.',
      }),
    );
  }
  const secure =
    new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  return new Response(null, {
    status: 204,
    headers: { 'set-cookie': accessCookie(expected, secure), 'cache-control': 'no-store' },
  });
}

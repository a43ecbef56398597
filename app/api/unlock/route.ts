import { errorResponse } from '@/lib/groq/errors';
import { securityConfig } from '@/lib/security/config';
import { unlock } from '@/lib/security/unlock';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Exchanges the access code for a signed, expiring session cookie (see lib/security/unlock.ts). */
export async function POST(request: Request): Promise<Response> {
  const result = await unlock(request, securityConfig());
  return result instanceof Response ? result : errorResponse(result);
}

import { route } from '@/lib/gate/route';
import { errorResponse } from '@/lib/groq/errors';
import { parseUnlockBody, unlock } from '@/lib/security/unlock';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Exchanges the access code for a signed, expiring session cookie (see lib/security/unlock.ts). */
export const POST = route(
  { body: { kind: 'json', parse: parseUnlockBody }, limit: 'unlock', session: false },
  async ({ request, body: code, gate }) => {
    const result = await unlock(request, code, gate.address, gate.config);
    return result instanceof Response ? result : errorResponse(result);
  },
);

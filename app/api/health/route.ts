import { route } from '@/lib/gate/route';

export const dynamic = 'force-dynamic';

/**
 * Liveness for load balancers and the e2e runner; says nothing about configuration or keys. It needs
 * no session and is not rate limited, but it passes the gate's Host and Origin checks like every route.
 */
export const GET = route({ body: { kind: 'none' }, limit: 'none', session: false, rate: false }, () =>
  Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } }),
);

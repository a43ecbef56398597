export const dynamic = 'force-dynamic';

/** Liveness for load balancers and the e2e runner; says nothing about configuration or keys. */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}

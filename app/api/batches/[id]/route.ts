import { route } from '@/lib/gate/route';
import { ownedBatchCall } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route<undefined, { id: string }>(
  { body: { kind: 'none' }, limit: 'none' },
  ({ request, gate, params }) => ownedBatchCall(request, gate, params.id, 'retrieve'),
);

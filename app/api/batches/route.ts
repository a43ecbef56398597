import { route } from '@/lib/gate/route';
import { zodBody } from '@/lib/gate/zod-body';
import { type CreateBatchBody, createBatch, createBatchBody, listBatches } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The visitor's own batches (Groq keeps them; this deployment remembers whose they are). */
export const GET = route({ body: { kind: 'none' }, limit: 'none' }, ({ request, gate }) =>
  listBatches(request, gate),
);

/** Groq's `POST /batches` for an input file this visitor uploaded here, and a completion window. */
export const POST = route<CreateBatchBody>(
  { body: { kind: 'json', parse: zodBody(createBatchBody) } },
  ({ request, gate, body }) => createBatch(request, gate, body),
);

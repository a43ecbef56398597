import { route } from '@/lib/gate/route';
import { downloadFile } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A batch output or error file this visitor may read, streamed from Groq's `GET /files/{id}/content`. */
export const GET = route<undefined, { id: string }>(
  { body: { kind: 'none' }, limit: 'none' },
  ({ request, gate, params }) => downloadFile(request, gate, params.id),
);

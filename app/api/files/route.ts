import { route } from '@/lib/gate/route';
import { uploadBatchFile } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Up to 100 MB streamed to Groq. */
export const maxDuration = 300;

/** A batch input file: the JSONL body checked line by line and streamed to Groq's `POST /files`. */
export const POST = route({ body: { kind: 'stream' }, limit: 'batchFile' }, ({ request, gate }) =>
  uploadBatchFile(request, gate),
);

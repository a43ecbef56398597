import { uploadBatchFile } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Up to 100 MB streamed to Groq. */
export const maxDuration = 300;

/** A batch input file: the JSONL body streamed to Groq's `POST /files` (purpose=batch). */
export async function POST(request: Request): Promise<Response> {
  return uploadBatchFile(request);
}

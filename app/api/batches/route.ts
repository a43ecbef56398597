import { createBatch, listBatches } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Groq's `GET /batches`: the list survives reloads because it lives at Groq. */
export async function GET(request: Request): Promise<Response> {
  return listBatches(request);
}

/** Groq's `POST /batches` for an uploaded input file and a completion window. */
export async function POST(request: Request): Promise<Response> {
  return createBatch(request);
}

import { downloadFile } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A batch output or error file, streamed from Groq's `GET /files/{id}/content`. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return downloadFile(request, (await params).id);
}

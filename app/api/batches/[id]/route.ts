import { retrieveBatch } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return retrieveBatch(request, (await params).id);
}

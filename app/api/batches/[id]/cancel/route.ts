import { cancelBatch } from '@/lib/groq/batches';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return cancelBatch(request, (await params).id);
}

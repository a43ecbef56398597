import { errorResponse, toPlaygroundError } from '@/lib/groq/errors';
import { listModels } from '@/lib/groq/models';
import type { ModelsResponse } from '@/lib/models/model-info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const { models, demo } = await listModels();
    const body: ModelsResponse = { data: models, demo };
    return Response.json(body, { headers: { 'cache-control': 'private, max-age=30' } });
  } catch (error) {
    return errorResponse(toPlaygroundError(error));
  }
}

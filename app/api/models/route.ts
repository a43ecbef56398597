import { serverEnv } from '@/lib/groq/env';
import { errorResponse, toPlaygroundError } from '@/lib/groq/errors';
import { allowedModels, chooseGuardModel, listModels } from '@/lib/groq/models';
import type { ModelsResponse } from '@/lib/models/model-info';
import { openGate } from '@/lib/security/gate';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const gate = await openGate(request);
  if (!gate.ok) return errorResponse(gate.error);
  try {
    const { models, demo } = await listModels();
    const data = allowedModels(models, gate.context.config.ALLOWED_MODELS);
    const guard = chooseGuardModel(data, serverEnv().GUARD_MODEL);
    const body: ModelsResponse = { data, demo, guard };
    return Response.json(body, { headers: { 'cache-control': 'private, max-age=30' } });
  } catch (error) {
    return errorResponse(toPlaygroundError(error));
  }
}

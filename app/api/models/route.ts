import { serverEnv } from '@/lib/groq/env';
import { errorResponse, toPlaygroundError } from '@/lib/groq/errors';
import { chooseGuardModel, listModels } from '@/lib/groq/models';
import type { ModelsResponse } from '@/lib/models/model-info';
import { securityConfig } from '@/lib/security/config';
import { checkRequest } from '@/lib/security/gate';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const refused = checkRequest(request);
  if (refused) return errorResponse(refused);
  try {
    const { models, demo } = await listModels();
    const allowed = securityConfig().ALLOWED_MODELS;
    const data = allowed.length > 0 ? models.filter((m) => allowed.includes(m.id)) : models;
    const guard = chooseGuardModel(data, serverEnv().GUARD_MODEL);
    const body: ModelsResponse = { data, demo, guard };
    return Response.json(body, { headers: { 'cache-control': 'private, max-age=30' } });
  } catch (error) {
    return errorResponse(toPlaygroundError(error));
  }
}

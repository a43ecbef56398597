import { route } from '@/lib/gate/route';
import { serverEnv } from '@/lib/groq/env';
import { allowedModels, chooseGuardModel, listModels } from '@/lib/groq/models';
import type { ModelsResponse } from '@/lib/models/model-info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route({ body: { kind: 'none' }, limit: 'none' }, async ({ gate }) => {
  const { models, demo } = await listModels();
  const data = allowedModels(models, gate.config.ALLOWED_MODELS);
  const guard = chooseGuardModel(data, serverEnv().GUARD_MODEL);
  const body: ModelsResponse = { data, demo, guard };
  return Response.json(body, { headers: { 'cache-control': 'private, max-age=30' } });
});

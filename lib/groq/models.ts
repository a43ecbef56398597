import 'server-only';
import { findCatalogModel } from '../models/catalog';
import { type LiveModel, type ModelInfo, mergeLiveModel, sortModels } from '../models/model-info';
import { serverEnv } from './env';
import { toPlaygroundError } from './errors';
import { getUpstream } from './upstream';

interface CacheEntry {
  expires: number;
  models: ModelInfo[];
}

const cache = new Map<string, CacheEntry>();

/**
 * The live model list from upstream merged with the catalog, cached briefly per upstream. An upstream
 * failure throws a PlaygroundError (never an empty list, which would look like "no models").
 */
export async function listModels(now = Date.now()): Promise<{ models: ModelInfo[]; demo: boolean }> {
  const env = serverEnv();
  const upstream = await getUpstream(env);
  const hit = cache.get(upstream.baseURL);
  if (hit && hit.expires > now) return { models: hit.models, demo: upstream.demo };
  let live: LiveModel[];
  try {
    const page = await upstream.client.models.list();
    live = page.data as LiveModel[];
  } catch (error) {
    throw toPlaygroundError(error, upstream.apiKey);
  }
  const models = sortModels(
    live.map((model) => mergeLiveModel(model, findCatalogModel(model.id) !== undefined)),
  );
  cache.set(upstream.baseURL, { expires: now + env.MODELS_CACHE_SECONDS * 1000, models });
  return { models, demo: upstream.demo };
}

export function clearModelsCache(): void {
  cache.clear();
}

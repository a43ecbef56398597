import 'server-only';
import { findCatalogModel, PREFERRED_GUARD_MODELS } from '../models/catalog';
import { type LiveModel, type ModelInfo, mergeLiveModel, sortModels } from '../models/model-info';
import { securityConfig } from '../security/config';
import { serverEnv } from './env';
import { toPlaygroundError } from './errors';
import { getUpstream } from './upstream';

interface CacheEntry {
  expires: number;
  models: ModelInfo[];
}

const cache = new Map<string, CacheEntry>();
/** The last list seen per upstream, kept past expiry: request validation peeks at it, never waits. */
const lastSeen = new Map<string, ModelInfo[]>();

/**
 * The live model list from upstream merged with the capability table, cached briefly per upstream.
 * An upstream failure throws a PlaygroundError (never an empty list, which would look like "no models").
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
  lastSeen.set(upstream.baseURL, models);
  return { models, demo: upstream.demo };
}

/** The live entry for a model if the list was loaded before (no upstream call), else undefined. */
export async function peekLiveModel(id: string): Promise<ModelInfo | undefined> {
  const upstream = await getUpstream(serverEnv());
  return lastSeen.get(upstream.baseURL)?.find((m) => m.id === id);
}

export interface GuardChoice {
  model: string | null;
  /** Why Moderation is unavailable (null when a guard model is live). */
  reason: string | null;
}

/**
 * Moderation's model: GUARD_MODEL when set (it must be live), else the first live of the preferred
 * guard models. With none live, Moderation is unavailable — never a silent fail-open.
 */
export function chooseGuardModel(models: readonly ModelInfo[], configured: string | undefined): GuardChoice {
  const live = (id: string) => models.some((m) => m.id === id && m.active);
  if (configured) {
    return live(configured)
      ? { model: configured, reason: null }
      : { model: null, reason: `GUARD_MODEL ${configured} is not offered by this server.` };
  }
  const model = PREFERRED_GUARD_MODELS.find(live) ?? null;
  return model
    ? { model, reason: null }
    : {
        model: null,
        reason: `No guard model is live on this server (looked for ${PREFERRED_GUARD_MODELS.join(', ')}).`,
      };
}

/** The models this deployment offers: the live list, narrowed by ALLOWED_MODELS when set. */
export function allowedModels(models: readonly ModelInfo[], allowed: readonly string[]): ModelInfo[] {
  return allowed.length > 0 ? models.filter((m) => allowed.includes(m.id)) : [...models];
}

/** The guard model for this server, from the (cached) live list and the allowlist. */
export async function currentGuardModel(): Promise<GuardChoice> {
  const { models } = await listModels();
  return chooseGuardModel(allowedModels(models, securityConfig().ALLOWED_MODELS), serverEnv().GUARD_MODEL);
}

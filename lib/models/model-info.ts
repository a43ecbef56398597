import { type CatalogModel, type Deprecation, findDeprecation, inferModel } from './catalog';

/** A model as the UI sees it: the catalog's data merged with what the live `/models` list says. */
export interface ModelInfo extends CatalogModel {
  ownedBy: string | null;
  active: boolean;
  /** Set when the reference's deprecation table lists this id. */
  deprecation: Deprecation | null;
  /** False when only the live list knows this model and its limits are defaults. */
  inCatalog: boolean;
}

export interface ModelsResponse {
  data: ModelInfo[];
  demo: boolean;
}

export interface LiveModel {
  id: string;
  owned_by?: string | null;
  active?: boolean | null;
  context_window?: number | null;
}

export function mergeLiveModel(live: LiveModel, inCatalog: boolean): ModelInfo {
  const base = inferModel(live.id, live.context_window ?? undefined, live.owned_by ?? undefined);
  return {
    ...base,
    ownedBy: live.owned_by ?? null,
    active: live.active !== false,
    deprecation: findDeprecation(live.id) ?? null,
    inCatalog,
  };
}

const KIND_ORDER = { chat: 0, guard: 1, speech: 2, tts: 3 } as const;

/** Sorted for the picker: by kind, then developer, then name. */
export function sortModels(models: ModelInfo[]): ModelInfo[] {
  return [...models].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.developer.localeCompare(b.developer) ||
      a.name.localeCompare(b.name),
  );
}

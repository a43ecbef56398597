import {
  type CatalogModel,
  findRetirement,
  inferModel,
  PREFERRED_CHAT_MODELS,
  type Retirement,
} from './catalog';

/** A model as the UI sees it: what the live `/models` list says, with the capability table's data. */
export interface ModelInfo extends CatalogModel {
  ownedBy: string | null;
  active: boolean;
  /** Set when Groq's deprecations list an id this server still serves (2024-era or enterprise). */
  deprecation: Retirement | null;
  /** False when the capability table does not know this id: every control is enabled, unverified. */
  inCatalog: boolean;
}

/** What `GET /api/models` answers. */
export interface ModelsResponse {
  data: ModelInfo[];
  demo: boolean;
  /** The model Moderation screens with, or null (with the reason) when none is live. */
  guard: { model: string | null; reason: string | null };
}

/** One entry of Groq's `GET /models` (Groq also returns `max_completion_tokens` now). */
export interface LiveModel {
  id: string;
  owned_by?: string | null;
  active?: boolean | null;
  context_window?: number | null;
  max_completion_tokens?: number | null;
}

const positive = (value: number | null | undefined) =>
  typeof value === 'number' && value > 0 ? value : undefined;

/** The live entry's limits win over the table's; the table fills in what the list cannot say. */
export function mergeLiveModel(live: LiveModel, inCatalog: boolean): ModelInfo {
  const contextWindow = positive(live.context_window);
  const maxCompletion = positive(live.max_completion_tokens);
  const base = inferModel(live.id, contextWindow, live.owned_by ?? undefined, maxCompletion);
  const speech = base.kind === 'speech';
  return {
    ...base,
    contextWindow: speech ? base.contextWindow : (contextWindow ?? base.contextWindow),
    maxCompletionTokens: speech
      ? base.maxCompletionTokens
      : (maxCompletion ??
        Math.min(
          base.legacyMaxCompletionTokens ?? base.maxCompletionTokens,
          contextWindow ?? Number.POSITIVE_INFINITY,
        )),
    ownedBy: live.owned_by ?? null,
    active: live.active !== false,
    deprecation: findRetirement(live.id) ?? null,
    inCatalog,
  };
}

const KIND_ORDER = { chat: 0, guard: 1, speech: 2, tts: 3 } as const;

/** Sorted for the picker: by kind, then the preferred models first, then developer and name. */
export function sortModels(models: ModelInfo[]): ModelInfo[] {
  const rank = (id: string) => {
    const index = PREFERRED_CHAT_MODELS.indexOf(id);
    return index === -1 ? PREFERRED_CHAT_MODELS.length : index;
  };
  return [...models].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      rank(a.id) - rank(b.id) ||
      a.developer.localeCompare(b.developer) ||
      a.name.localeCompare(b.name),
  );
}

/** Chat models the picker offers: live, active, of kind chat. */
export function liveChatModels(models: readonly ModelInfo[]): ModelInfo[] {
  return models.filter((m) => m.kind === 'chat' && m.active);
}

/** The first live model of the preference list, else the first live chat model, else null. */
export function pickDefaultChatModel(models: readonly ModelInfo[]): string | null {
  const chat = liveChatModels(models);
  for (const id of PREFERRED_CHAT_MODELS) if (chat.some((m) => m.id === id)) return id;
  return chat[0]?.id ?? null;
}

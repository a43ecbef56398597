/**
 * What the rules know about a model: the capability table's entry, the live `/models` entry's limits,
 * or nothing (an id nobody knows). A known model gets every rule; an unknown one only the limits the
 * live list states, and Groq decides the rest. Pure.
 */
import {
  type ModelCapabilities,
  type ModelKind,
  UNKNOWN_MODEL_CAPABILITIES,
  type VisionLimits,
} from '../models/capabilities';
import { type CatalogModel, findCatalogModel } from '../models/catalog';

export interface RulesModel {
  id: string;
  /** The name a person reads (the id for unknown models). */
  name: string;
  /** The capability table knows this id: its capability rules apply. */
  known: boolean;
  kind: ModelKind;
  capabilities: ModelCapabilities;
  vision?: VisionLimits;
  /** The largest `max_completion_tokens`; null when neither the table nor the live list says. */
  maxCompletionTokens: number | null;
}

/** A live `/models` entry merged with the table (`ModelInfo`), as far as the rules need it. */
export type LiveModelEntry = CatalogModel & { inCatalog?: boolean };

/**
 * The rules' view of `id`: the live entry when there is one (its limits win), else the table's entry,
 * else an unknown model with every control enabled and no limit.
 */
export function rulesModel(id: string, live?: LiveModelEntry): RulesModel {
  const entry = live?.id === id ? live : undefined;
  const catalog = findCatalogModel(id);
  const known = entry ? entry.inCatalog !== false && catalog !== undefined : catalog !== undefined;
  const source = entry ?? catalog;
  if (!source) return unknownModel(id);
  const limit = source.maxCompletionTokens > 0 ? source.maxCompletionTokens : null;
  return {
    id,
    name: source.name,
    known,
    kind: source.kind,
    capabilities: known ? source.capabilities : UNKNOWN_MODEL_CAPABILITIES,
    ...(known && source.vision ? { vision: source.vision } : {}),
    maxCompletionTokens: limit,
  };
}

/** An id nobody knows: every control enabled, no limit; Groq has the last word. */
export function unknownModel(id: string): RulesModel {
  return {
    id,
    name: id,
    known: false,
    kind: 'chat',
    capabilities: UNKNOWN_MODEL_CAPABILITIES,
    maxCompletionTokens: null,
  };
}

const FALLBACK_MAX_TOKENS = 8_192;

/** What a caller may know of a model's live limits (the live entry, or just its figure). */
export interface LiveLimits {
  maxCompletionTokens?: number;
}

/** The largest `max_completion_tokens` for `id`: the live figure, else the table's; null if neither. */
export function completionLimit(id: string, live?: LiveLimits): number | null {
  const figure = live?.maxCompletionTokens;
  return figure && figure > 0 ? figure : rulesModel(id).maxCompletionTokens;
}

/** The Max Completion Tokens slider's top: the model's limit, else a conservative 8,192. */
export function maxTokensCeiling(id: string, live?: LiveLimits): number {
  return completionLimit(id, live) ?? FALLBACK_MAX_TOKENS;
}

/**
 * A pane's Max Completion Tokens within its slider's range (a share link or another model's choice may
 * be above it), and the sentence saying so; null when nothing changed.
 */
export function clampMaxTokens(id: string, value: number, live?: LiveLimits): [number, string | null] {
  const limit = maxTokensCeiling(id, live);
  if (id === '' || value <= limit) return [value, null];
  return [limit, `Max Completion Tokens lowered from ${value} to ${limit}, the maximum for ${id}.`];
}

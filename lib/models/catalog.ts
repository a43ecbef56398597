/**
 * The capability table: one lookup over today's models and the retired ones, keyed by id. The live
 * `/models` list decides which models exist; this table says what each can do and, for retired ids,
 * when they were shut down and what replaces them. Pure module: browser, server and simulator.
 */
import {
  type CatalogModel,
  NO_CHAT_FEATURES,
  SPEECH_MAX_FILE_BYTES,
  UNKNOWN_MODEL_CAPABILITIES,
} from './capabilities';
import { CURRENT_MODELS } from './table-current';
import { RETIRED_MODELS, RETIREMENTS, type Retirement } from './table-retired';
import { looksLikeTtsId } from './tts';

export type {
  CatalogModel,
  GuardStyle,
  JsonSchemaSupport,
  ModelCapabilities,
  ModelKind,
  ReasoningEffort,
  ReasoningFormat,
  ReasoningSupport,
  SpeechInfo,
  VisionLimits,
} from './capabilities';
export { SPEECH_MAX_FILE_BYTES } from './capabilities';
export type { Retirement } from './table-retired';
export { CURRENT_MODELS, RETIRED_MODELS, RETIREMENTS };

/** Every model the table knows: today's first, then retired ones still served by older servers. */
export const MODEL_CATALOG: readonly CatalogModel[] = [...CURRENT_MODELS, ...RETIRED_MODELS];

/**
 * With no saved choice, the playground starts on the first live model of this list, else the first
 * live chat model. The Llama ids keep 2024-era and enterprise servers on a familiar default.
 */
export const PREFERRED_CHAT_MODELS: readonly string[] = [
  'openai/gpt-oss-120b',
  'openai/gpt-oss-20b',
  'qwen/qwen3.8-27b',
  'llama-3.3-70b-versatile',
  'llama-3.1-8b-instant',
];

/** Moderation screens with the first live model of this list (unless GUARD_MODEL names one). */
export const PREFERRED_GUARD_MODELS: readonly string[] = [
  'meta-llama/llama-guard-4-12b',
  'llama-guard-3-8b',
  'openai/gpt-oss-safeguard-20b',
];

const byId = new Map(MODEL_CATALOG.map((m) => [m.id, m]));
const retirementById = new Map(RETIREMENTS.map((r) => [r.id, r]));

export function findCatalogModel(id: string): CatalogModel | undefined {
  return byId.get(id);
}

export function findRetirement(id: string): Retirement | undefined {
  return retirementById.get(id);
}

/**
 * The table's entry, or — for an id the table does not know — a permissive model: every control
 * enabled, limits from the live list (or the context window), Groq has the last word. Known models are
 * classified by the table alone; only an unknown id that names an audio family (a newer Whisper or
 * Orpheus) is taken for a speech or TTS model, so it lands in Speech mode rather than the chat picker.
 */
export function inferModel(
  id: string,
  contextWindow: number | undefined,
  ownedBy?: string,
  maxCompletionTokens?: number,
): CatalogModel {
  const known = byId.get(id);
  if (known) return known;
  const window = contextWindow && contextWindow > 0 ? contextWindow : 8_192;
  const developer = ownedBy ?? 'Unknown';
  const lower = id.toLowerCase();
  if (lower.includes('whisper')) {
    const speech = {
      multilingual: !lower.endsWith('-en'),
      translation: false,
      maxFileBytes: SPEECH_MAX_FILE_BYTES,
    };
    return { ...audioModel(id, developer, 'speech', 0), speech };
  }
  if (looksLikeTtsId(id)) return audioModel(id, developer, 'tts', window);
  return {
    id,
    name: id,
    developer,
    kind: 'chat',
    contextWindow: window,
    maxCompletionTokens: maxCompletionTokens && maxCompletionTokens > 0 ? maxCompletionTokens : window,
    preview: false,
    capabilities: UNKNOWN_MODEL_CAPABILITIES,
  };
}

function audioModel(
  id: string,
  developer: string,
  kind: 'speech' | 'tts',
  contextWindow: number,
): CatalogModel {
  return {
    id,
    name: id,
    developer,
    kind,
    contextWindow,
    maxCompletionTokens: 0,
    preview: true,
    capabilities: NO_CHAT_FEATURES,
  };
}

/**
 * A sentence naming a retired id, its shutdown date and replacement, for notices and errors. With
 * `suggest: false` Groq's replacement is left out (a notice that offers a live one instead), but
 * "Groq names no replacement." stays.
 */
export function describeRetirement(id: string, { suggest = true } = {}): string {
  const retirement = findRetirement(id);
  if (!retirement) return `${id} is not offered by this server.`;
  const replacement = retirement.replacements[0]?.id;
  const note = retirement.note ? ` (${retirement.note})` : '';
  const instead = !replacement
    ? ' Groq names no replacement.'
    : suggest
      ? ` Use ${replacement} instead.`
      : '';
  return `${id} was retired by Groq on ${retirement.shutdownDate}${note}.${instead}`;
}

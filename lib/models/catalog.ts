/**
 * The model catalog: every model in the reference's "Supported Models" table, with the limits and
 * capabilities the docs state for it. Limits live here as data so the request schema, the UI and the
 * simulator all read the same numbers. Pure module: safe for the browser, the server and the simulator.
 */

import { looksLikeTtsId, TTS_MODELS, type TtsModel } from './tts';

export type ModelKind = 'chat' | 'guard' | 'speech' | 'tts';

export interface ModelCapabilities {
  vision: boolean;
  tools: boolean;
  parallelTools: boolean;
  jsonMode: boolean;
  reasoning: boolean;
}

export interface VisionLimits {
  /** Images accepted in one request (the Llama 3.2 vision previews take exactly one). */
  maxImages: number;
  /** Whether a system message may accompany an image (the previews refuse the combination). */
  systemPromptWithImages: boolean;
}

export interface SpeechInfo {
  multilingual: boolean;
  translation: boolean;
  maxFileBytes: number;
}

export interface CatalogModel {
  id: string;
  name: string;
  developer: string;
  kind: ModelKind;
  /** Context window in tokens; 0 for speech models, which have none. */
  contextWindow: number;
  /** Largest max_completion_tokens the model accepts; 0 for speech models. */
  maxCompletionTokens: number;
  preview: boolean;
  capabilities: ModelCapabilities;
  vision?: VisionLimits;
  speech?: SpeechInfo;
}

export interface Deprecation {
  id: string;
  shutdownDate: string;
  replacements: { id: string; note?: string }[];
}

const TEXT_ONLY: ModelCapabilities = {
  vision: false,
  tools: false,
  parallelTools: false,
  jsonMode: true,
  reasoning: false,
};
const TOOLS: ModelCapabilities = { ...TEXT_ONLY, tools: true, parallelTools: true };
const TOOLS_NO_PARALLEL: ModelCapabilities = { ...TEXT_ONLY, tools: true };
const NONE: ModelCapabilities = { ...TEXT_ONLY, jsonMode: false };

/** 25 MB, the documented maximum audio file size. */
export const SPEECH_MAX_FILE_BYTES = 25 * 1024 * 1024;

const K128 = 131_072;

function chat(
  id: string,
  name: string,
  developer: string,
  contextWindow: number,
  maxCompletionTokens: number,
  capabilities: ModelCapabilities,
  preview = false,
): CatalogModel {
  return { id, name, developer, kind: 'chat', contextWindow, maxCompletionTokens, preview, capabilities };
}

function visionPreview(id: string, name: string): CatalogModel {
  return {
    ...chat(id, name, 'Meta', 8_192, 8_192, { ...TOOLS, vision: true }, true),
    vision: { maxImages: 1, systemPromptWithImages: false },
  };
}

function whisper(id: string, name: string, developer: string, speech: Omit<SpeechInfo, 'maxFileBytes'>) {
  return {
    id,
    name,
    developer,
    kind: 'speech',
    contextWindow: 0,
    maxCompletionTokens: 0,
    preview: false,
    capabilities: NONE,
    speech: { ...speech, maxFileBytes: SPEECH_MAX_FILE_BYTES },
  } satisfies CatalogModel;
}

/** Issue 11: TTS models as catalog entries (voices and formats live in lib/models/tts.ts). */
function tts(model: Pick<TtsModel, 'id' | 'name' | 'developer' | 'contextWindow' | 'preview'>): CatalogModel {
  const { id, name, developer, contextWindow, preview } = model;
  return {
    id,
    name,
    developer,
    kind: 'tts',
    contextWindow,
    maxCompletionTokens: 0,
    preview,
    capabilities: NONE,
  };
}

/**
 * Models without a "Max Tokens" figure in the reference are capped at their context window. The
 * vision previews' context window is 8,192 per the Vision page (the models table says 128k).
 */
export const MODEL_CATALOG: readonly CatalogModel[] = [
  whisper('distil-whisper-large-v3-en', 'Distil-Whisper English', 'HuggingFace', {
    multilingual: false,
    translation: false,
  }),
  chat('gemma2-9b-it', 'Gemma 2 9B', 'Google', 8_192, 8_192, TOOLS_NO_PARALLEL),
  chat('gemma-7b-it', 'Gemma 7B', 'Google', 8_192, 8_192, TOOLS_NO_PARALLEL),
  chat(
    'llama3-groq-70b-8192-tool-use-preview',
    'Llama 3 Groq 70B Tool Use',
    'Groq',
    8_192,
    8_192,
    TOOLS,
    true,
  ),
  chat('llama3-groq-8b-8192-tool-use-preview', 'Llama 3 Groq 8B Tool Use', 'Groq', 8_192, 8_192, TOOLS, true),
  chat('llama-3.1-70b-versatile', 'Llama 3.1 70B Versatile', 'Meta', K128, 32_768, TOOLS),
  chat('llama-3.1-70b-specdec', 'Llama 3.1 70B SpecDec', 'Meta', K128, 8_192, TEXT_ONLY),
  chat('llama-3.1-8b-instant', 'Llama 3.1 8B Instant', 'Meta', K128, 8_192, TOOLS),
  chat('llama-3.2-1b-preview', 'Llama 3.2 1B', 'Meta', K128, 8_192, TEXT_ONLY, true),
  chat('llama-3.2-3b-preview', 'Llama 3.2 3B', 'Meta', K128, 8_192, TEXT_ONLY, true),
  visionPreview('llama-3.2-11b-vision-preview', 'Llama 3.2 11B Vision'),
  visionPreview('llama-3.2-90b-vision-preview', 'Llama 3.2 90B Vision'),
  { ...chat('llama-guard-3-8b', 'Llama Guard 3 8B', 'Meta', 8_192, 8_192, NONE), kind: 'guard' },
  chat('llama3-70b-8192', 'Llama 3 70B', 'Meta', 8_192, 8_192, TOOLS),
  chat('llama3-8b-8192', 'Llama 3 8B', 'Meta', 8_192, 8_192, TOOLS),
  chat('mixtral-8x7b-32768', 'Mixtral 8x7B', 'Mistral', 32_768, 32_768, TOOLS_NO_PARALLEL),
  // Not in the reference's table (Groq added it later); here so reasoning can be tried offline.
  chat(
    'deepseek-r1-distill-llama-70b',
    'DeepSeek R1 Distill Llama 70B',
    'DeepSeek',
    K128,
    16_384,
    {
      ...TOOLS,
      reasoning: true,
    },
    true,
  ),
  whisper('whisper-large-v3', 'Whisper Large V3', 'OpenAI', { multilingual: true, translation: true }),
  whisper('whisper-large-v3-turbo', 'Whisper Large V3 Turbo', 'OpenAI', {
    multilingual: true,
    translation: false,
  }),
  ...TTS_MODELS.map(tts),
];

/** The reference's deprecation history: deprecated id → recommended replacements. */
export const DEPRECATIONS: readonly Deprecation[] = [
  {
    id: 'llama-3.2-90b-text-preview',
    shutdownDate: '2024-11-25',
    replacements: [
      { id: 'llama-3.2-90b-vision-preview' },
      { id: 'llama-3.1-70b-versatile', note: 'text-only workloads' },
    ],
  },
  {
    id: 'llava-v1.5-7b-4096-preview',
    shutdownDate: '2024-10-28',
    replacements: [{ id: 'llama-3.2-11b-vision-preview' }],
  },
  {
    id: 'llama-3.2-11b-text-preview',
    shutdownDate: '2024-10-28',
    replacements: [
      { id: 'llama-3.2-11b-vision-preview' },
      { id: 'llama-3.1-8b-instant', note: 'text-only workloads' },
    ],
  },
];

/** The model the playground starts with, as GroqCloud's does. */
export const DEFAULT_CHAT_MODEL = 'llama-3.1-8b-instant';
export const DEFAULT_GUARD_MODEL = 'llama-guard-3-8b';

const byId = new Map(MODEL_CATALOG.map((m) => [m.id, m]));
const deprecationById = new Map(DEPRECATIONS.map((d) => [d.id, d]));

export function findCatalogModel(id: string): CatalogModel | undefined {
  return byId.get(id);
}

export function findDeprecation(id: string): Deprecation | undefined {
  return deprecationById.get(id);
}

/**
 * A catalog entry for a model only the live list knows: capped at its context window, no vision or
 * tools unless its id says so, kind guessed from the id (whisper → speech, guard → guard).
 */
export function inferModel(id: string, contextWindow: number | undefined, ownedBy?: string): CatalogModel {
  const known = byId.get(id);
  if (known) return known;
  const lower = id.toLowerCase();
  const window = contextWindow && contextWindow > 0 ? contextWindow : 8_192;
  if (lower.includes('whisper')) {
    return {
      ...whisper(id, id, ownedBy ?? 'Unknown', { multilingual: !lower.endsWith('-en'), translation: false }),
    };
  }
  if (looksLikeTtsId(id)) {
    return tts({ id, name: id, developer: ownedBy ?? 'Unknown', contextWindow: window, preview: true });
  }
  const kind: ModelKind = lower.includes('guard') ? 'guard' : 'chat';
  const reasoning = kind === 'chat' && REASONING_ID.test(lower);
  return {
    id,
    name: id,
    developer: ownedBy ?? 'Unknown',
    kind,
    contextWindow: window,
    maxCompletionTokens: window,
    preview: lower.includes('preview'),
    capabilities: { ...TEXT_ONLY, jsonMode: kind === 'chat', reasoning },
  };
}

/** Reasoning model families Groq serves with `reasoning_format` (for ids the catalog lacks). */
const REASONING_ID = /(deepseek-r1|qwq|qwen3|gpt-oss)/;

/** Whether a model id accepts `reasoning_format`: the catalog's flag, else a known family. */
export function isReasoningModel(id: string): boolean {
  return inferModel(id, undefined).capabilities.reasoning;
}

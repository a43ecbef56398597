/**
 * Models Groq has shut down (fact sheet, section 1, from the deprecations page), with their shutdown
 * date and replacement, and — for those a 2024-era server still serves — what they could do, so an
 * older Groq-compatible server keeps working with the right controls.
 */
import {
  type CatalogModel,
  type ModelCapabilities,
  NO_CHAT_FEATURES,
  SPEECH_MAX_FILE_BYTES,
  TEXT_ONLY,
  TOOLS,
  TOOLS_NO_PARALLEL,
} from './capabilities';

export interface Retirement {
  id: string;
  /** ISO date Groq shut the model down. */
  shutdownDate: string;
  /** Suggested replacements, best first; empty when Groq names none. */
  replacements: { id: string; note?: string }[];
  /** Extra context, e.g. "free and developer tiers; enterprise keys still have it". */
  note?: string;
}

const K128 = 131_072;
const REASONING_2024: ModelCapabilities = {
  ...TOOLS,
  reasoning: {
    efforts: [],
    defaultEffort: null,
    formats: ['parsed', 'raw', 'hidden'],
    includeReasoning: false,
  },
};

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

function visionModel(id: string, name: string, maxImages: number, system: boolean, ctx: number) {
  return {
    ...chat(id, name, 'Meta', ctx, 8_192, { ...TOOLS, vision: true }, true),
    vision: { maxImages, systemPromptWithImages: system },
  };
}

/** Capabilities of retired models, for servers that still serve them (a 2024-era Groq clone). */
export const RETIRED_MODELS: readonly CatalogModel[] = [
  {
    id: 'distil-whisper-large-v3-en',
    name: 'Distil-Whisper English',
    developer: 'HuggingFace',
    kind: 'speech',
    contextWindow: 0,
    maxCompletionTokens: 0,
    preview: false,
    capabilities: NO_CHAT_FEATURES,
    speech: { multilingual: false, translation: false, maxFileBytes: SPEECH_MAX_FILE_BYTES },
  },
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
  chat('llama-3.2-1b-preview', 'Llama 3.2 1B', 'Meta', K128, 8_192, TEXT_ONLY, true),
  chat('llama-3.2-3b-preview', 'Llama 3.2 3B', 'Meta', K128, 8_192, TEXT_ONLY, true),
  // The previews' context window is 8,192 per the Vision page (the models table said 128k).
  visionModel('llama-3.2-11b-vision-preview', 'Llama 3.2 11B Vision', 1, false, 8_192),
  visionModel('llama-3.2-90b-vision-preview', 'Llama 3.2 90B Vision', 1, false, 8_192),
  {
    ...chat('llama-guard-3-8b', 'Llama Guard 3 8B', 'Meta', 8_192, 8_192, NO_CHAT_FEATURES),
    kind: 'guard',
    guard: 'llama-guard',
  },
  {
    ...chat('meta-llama/llama-guard-4-12b', 'Llama Guard 4 12B', 'Meta', K128, 1_024, NO_CHAT_FEATURES, true),
    kind: 'guard',
    guard: 'llama-guard',
  },
  chat('llama3-70b-8192', 'Llama 3 70B', 'Meta', 8_192, 8_192, TOOLS),
  chat('llama3-8b-8192', 'Llama 3 8B', 'Meta', 8_192, 8_192, TOOLS),
  chat('mixtral-8x7b-32768', 'Mixtral 8x7B', 'Mistral', 32_768, 32_768, TOOLS_NO_PARALLEL),
  chat(
    'deepseek-r1-distill-llama-70b',
    'DeepSeek R1 Distill Llama 70B',
    'DeepSeek',
    K128,
    16_384,
    REASONING_2024,
    true,
  ),
  chat('qwen-qwq-32b', 'Qwen QwQ 32B', 'Alibaba Cloud', K128, 16_384, REASONING_2024, true),
  chat(
    'qwen/qwen3-32b',
    'Qwen3 32B',
    'Alibaba Cloud',
    K128,
    40_960,
    {
      ...TOOLS,
      reasoning: {
        efforts: ['none', 'default'],
        defaultEffort: 'default',
        formats: ['parsed', 'raw', 'hidden'],
        includeReasoning: false,
      },
    },
    true,
  ),
  {
    ...visionModel('meta-llama/llama-4-scout-17b-16e-instruct', 'Llama 4 Scout', 5, true, K128),
    maxCompletionTokens: 8_192,
  },
  {
    ...visionModel('meta-llama/llama-4-maverick-17b-128e-instruct', 'Llama 4 Maverick', 5, true, K128),
    maxCompletionTokens: 8_192,
  },
  chat('moonshotai/kimi-k2-instruct-0905', 'Kimi K2 0905', 'Moonshot AI', 262_144, 16_384, TOOLS, true),
  chat('moonshotai/kimi-k2-instruct', 'Kimi K2', 'Moonshot AI', K128, 16_384, TOOLS, true),
  chat('mistral-saba-24b', 'Mistral Saba 24B', 'Mistral', 32_768, 32_768, TOOLS),
];

const TO_120B = [{ id: 'openai/gpt-oss-120b' }];

/** Every shutdown in Groq's deprecations history since the 2024 docs, newest first. */
export const RETIREMENTS: readonly Retirement[] = [
  { id: 'groq/compound', shutdownDate: '2026-09-21', replacements: [] },
  { id: 'groq/compound-mini', shutdownDate: '2026-09-21', replacements: [] },
  { id: 'qwen/qwen3.6-27b', shutdownDate: '2026-09-14', replacements: [{ id: 'qwen/qwen3.8-27b' }] },
  {
    id: 'llama-3.1-8b-instant',
    shutdownDate: '2026-08-16',
    replacements: [{ id: 'openai/gpt-oss-20b' }],
    note: 'shut down for free and developer tiers; enterprise keys still have it',
  },
  {
    id: 'llama-3.3-70b-versatile',
    shutdownDate: '2026-08-16',
    replacements: [{ id: 'openai/gpt-oss-120b' }, { id: 'qwen/qwen3.8-27b' }],
    note: 'shut down for free and developer tiers; enterprise keys still have it',
  },
  { id: 'qwen/qwen3-32b', shutdownDate: '2026-07-17', replacements: TO_120B },
  {
    id: 'meta-llama/llama-4-scout-17b-16e-instruct',
    shutdownDate: '2026-07-17',
    replacements: [
      { id: 'openai/gpt-oss-120b', note: 'text' },
      { id: 'qwen/qwen3.8-27b', note: 'images' },
    ],
  },
  { id: 'moonshotai/kimi-k2-instruct-0905', shutdownDate: '2026-04-15', replacements: TO_120B },
  { id: 'meta-llama/llama-4-maverick-17b-128e-instruct', shutdownDate: '2026-03-09', replacements: TO_120B },
  {
    id: 'meta-llama/llama-guard-4-12b',
    shutdownDate: '2026-03-05',
    replacements: [{ id: 'openai/gpt-oss-safeguard-20b' }],
  },
  {
    id: 'playai-tts',
    shutdownDate: '2025-12-31',
    replacements: [{ id: 'canopylabs/orpheus-v1-english' }],
  },
  {
    id: 'playai-tts-arabic',
    shutdownDate: '2025-12-31',
    replacements: [{ id: 'canopylabs/orpheus-arabic-saudi' }],
  },
  { id: 'moonshotai/kimi-k2-instruct', shutdownDate: '2025-10-10', replacements: TO_120B },
  { id: 'gemma2-9b-it', shutdownDate: '2025-10-08', replacements: [{ id: 'openai/gpt-oss-20b' }] },
  { id: 'deepseek-r1-distill-llama-70b', shutdownDate: '2025-10-02', replacements: TO_120B },
  { id: 'llama3-70b-8192', shutdownDate: '2025-08-30', replacements: TO_120B },
  { id: 'llama3-8b-8192', shutdownDate: '2025-08-30', replacements: [{ id: 'openai/gpt-oss-20b' }] },
  {
    id: 'distil-whisper-large-v3-en',
    shutdownDate: '2025-08-23',
    replacements: [{ id: 'whisper-large-v3-turbo' }],
  },
  { id: 'mistral-saba-24b', shutdownDate: '2025-07-30', replacements: TO_120B },
  { id: 'qwen-qwq-32b', shutdownDate: '2025-07-14', replacements: TO_120B },
  {
    id: 'llama-guard-3-8b',
    shutdownDate: '2025-06-06',
    replacements: [{ id: 'openai/gpt-oss-safeguard-20b' }],
  },
  ...[
    'llama-3.2-1b-preview',
    'llama-3.2-3b-preview',
    'llama-3.2-11b-vision-preview',
    'llama-3.2-90b-vision-preview',
    'qwen-2.5-32b',
    'qwen-2.5-coder-32b',
    'deepseek-r1-distill-qwen-32b',
    'llama-3.3-70b-specdec',
  ].map((id) => ({
    id,
    shutdownDate: '2025-04-14',
    replacements: id.includes('vision') ? [{ id: 'qwen/qwen3.8-27b' }] : TO_120B,
  })),
  { id: 'mixtral-8x7b-32768', shutdownDate: '2025-03-20', replacements: TO_120B },
  { id: 'llama-3.1-70b-versatile', shutdownDate: '2025-01-24', replacements: TO_120B },
  { id: 'llama-3.1-70b-specdec', shutdownDate: '2025-01-24', replacements: TO_120B },
  { id: 'llama3-groq-70b-8192-tool-use-preview', shutdownDate: '2025-01-06', replacements: TO_120B },
  {
    id: 'llama3-groq-8b-8192-tool-use-preview',
    shutdownDate: '2025-01-06',
    replacements: [{ id: 'openai/gpt-oss-20b' }],
  },
  { id: 'gemma-7b-it', shutdownDate: '2024-12-18', replacements: [{ id: 'openai/gpt-oss-20b' }] },
  { id: 'llama-3.2-90b-text-preview', shutdownDate: '2024-11-25', replacements: TO_120B },
  {
    id: 'llama-3.2-11b-text-preview',
    shutdownDate: '2024-10-28',
    replacements: [{ id: 'openai/gpt-oss-20b' }],
  },
  {
    id: 'llava-v1.5-7b-4096-preview',
    shutdownDate: '2024-10-28',
    replacements: [{ id: 'qwen/qwen3.8-27b' }],
  },
];

/**
 * Today's Groq models (fact sheet, section 1): the self-serve lineup and the enterprise-only Llama and
 * MiniMax models. Limits are the documented ones; the live `/models` figures replace them when present.
 */
import {
  type CatalogModel,
  type ModelCapabilities,
  NO_CHAT_FEATURES,
  type ReasoningSupport,
  SPEECH_MAX_FILE_BYTES,
  TEXT_ONLY,
  TOOLS,
} from './capabilities';
import { TTS_MODELS, type TtsModel } from './tts';

const K128 = 131_072;

const GPT_OSS_REASONING: ReasoningSupport = {
  efforts: ['low', 'medium', 'high'],
  defaultEffort: 'medium',
  formats: [],
  includeReasoning: true,
};

const GPT_OSS: ModelCapabilities = {
  ...TOOLS,
  jsonSchema: 'strict',
  reasoning: GPT_OSS_REASONING,
  builtInTools: true,
};

const QWEN_38: ModelCapabilities = {
  ...TOOLS,
  vision: true,
  jsonSchema: 'best-effort',
  reasoning: {
    efforts: ['none', 'default', 'low', 'medium', 'high'],
    defaultEffort: 'default',
    formats: ['parsed', 'raw', 'hidden'],
    includeReasoning: false,
  },
};

/** Orpheus entries from the TTS table (voices, formats and limits live in ./tts). */
function ttsEntry(model: TtsModel): CatalogModel {
  const { id, name, developer, contextWindow, preview } = model;
  // 50,000 is the models page's "max output" for Orpheus (audio tokens); chat limits do not apply.
  return {
    id,
    name,
    developer,
    kind: 'tts',
    contextWindow,
    maxCompletionTokens: 50_000,
    preview,
    capabilities: NO_CHAT_FEATURES,
  };
}

function whisper(id: string, name: string, translation: boolean): CatalogModel {
  return {
    id,
    name,
    developer: 'OpenAI',
    kind: 'speech',
    contextWindow: 0,
    maxCompletionTokens: 0,
    preview: false,
    capabilities: NO_CHAT_FEATURES,
    speech: { multilingual: true, translation, maxFileBytes: SPEECH_MAX_FILE_BYTES },
  };
}

export const CURRENT_MODELS: readonly CatalogModel[] = [
  {
    id: 'openai/gpt-oss-120b',
    name: 'GPT-OSS 120B',
    developer: 'OpenAI',
    kind: 'chat',
    contextWindow: K128,
    maxCompletionTokens: 65_536,
    preview: false,
    capabilities: GPT_OSS,
    outputTokensPerSecond: 500,
  },
  {
    id: 'openai/gpt-oss-20b',
    name: 'GPT-OSS 20B',
    developer: 'OpenAI',
    kind: 'chat',
    contextWindow: K128,
    maxCompletionTokens: 65_536,
    preview: false,
    capabilities: GPT_OSS,
    outputTokensPerSecond: 1000,
  },
  {
    id: 'qwen/qwen3.8-27b',
    name: 'Qwen3.8 27B',
    developer: 'Alibaba Cloud',
    kind: 'chat',
    contextWindow: K128,
    maxCompletionTokens: 16_384,
    preview: true,
    capabilities: QWEN_38,
    outputTokensPerSecond: 450,
    vision: { maxImages: 3, systemPromptWithImages: true },
  },
  {
    id: 'openai/gpt-oss-safeguard-20b',
    name: 'GPT-OSS Safeguard 20B',
    developer: 'OpenAI',
    kind: 'guard',
    guard: 'policy',
    contextWindow: K128,
    maxCompletionTokens: 65_536,
    preview: true,
    capabilities: { ...TEXT_ONLY, jsonSchema: 'best-effort', reasoning: GPT_OSS_REASONING },
    outputTokensPerSecond: 1000,
  },
  {
    id: 'meta-llama/llama-prompt-guard-2-22m',
    name: 'Llama Prompt Guard 2 22M',
    developer: 'Meta',
    kind: 'guard',
    guard: 'prompt-injection',
    contextWindow: 512,
    maxCompletionTokens: 512,
    preview: true,
    capabilities: NO_CHAT_FEATURES,
  },
  {
    id: 'meta-llama/llama-prompt-guard-2-86m',
    name: 'Llama Prompt Guard 2 86M',
    developer: 'Meta',
    kind: 'guard',
    guard: 'prompt-injection',
    contextWindow: 512,
    maxCompletionTokens: 512,
    preview: true,
    capabilities: NO_CHAT_FEATURES,
  },
  whisper('whisper-large-v3', 'Whisper Large V3', true),
  whisper('whisper-large-v3-turbo', 'Whisper Large V3 Turbo', false),
  ...TTS_MODELS.map(ttsEntry),
  // Enterprise keys only ("Contact Sales"); shut down for free/dev tiers on 2026-08-16.
  {
    id: 'llama-3.1-8b-instant',
    name: 'Llama 3.1 8B Instant',
    developer: 'Meta',
    kind: 'chat',
    contextWindow: K128,
    maxCompletionTokens: K128,
    legacyMaxCompletionTokens: 8_192,
    preview: false,
    capabilities: TOOLS,
    enterprise: true,
  },
  {
    id: 'llama-3.3-70b-versatile',
    name: 'Llama 3.3 70B Versatile',
    developer: 'Meta',
    kind: 'chat',
    contextWindow: K128,
    maxCompletionTokens: 32_768,
    preview: false,
    capabilities: TOOLS,
    enterprise: true,
  },
  {
    id: 'minimaxai/minimax-m2.7',
    name: 'MiniMax M2.7',
    developer: 'MiniMax',
    kind: 'chat',
    contextWindow: 196_608,
    maxCompletionTokens: K128,
    preview: false,
    capabilities: TOOLS,
    enterprise: true,
  },
];

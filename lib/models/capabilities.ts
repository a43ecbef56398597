/**
 * What a model can do, as data. Groq's live `GET /models` says which models exist and their token
 * limits; everything it cannot say (tools, vision limits, reasoning controls, structured outputs,
 * built-in tools, voices) lives in the capability table built from these types. Pure module.
 */

export type ModelKind = 'chat' | 'guard' | 'speech' | 'tts';

export type ReasoningEffort = 'none' | 'default' | 'low' | 'medium' | 'high';
export type ReasoningFormat = 'parsed' | 'raw' | 'hidden';

export const REASONING_EFFORTS: readonly ReasoningEffort[] = ['none', 'default', 'low', 'medium', 'high'];
export const REASONING_FORMATS: readonly ReasoningFormat[] = ['parsed', 'raw', 'hidden'];

export interface ReasoningSupport {
  /** Values `reasoning_effort` accepts; empty when the model takes none. */
  efforts: readonly ReasoningEffort[];
  /** What the playground sends until the user picks; null = send nothing (Groq's default applies). */
  defaultEffort: ReasoningEffort | null;
  /** Values `reasoning_format` accepts; empty when the model refuses the field (gpt-oss). */
  formats: readonly ReasoningFormat[];
  /** Whether `include_reasoning` is offered (gpt-oss). */
  includeReasoning: boolean;
}

/** `strict` = constrained decoding documented; `best-effort` = json_schema accepted, strict unconfirmed. */
export type JsonSchemaSupport = 'strict' | 'best-effort';

export interface ModelCapabilities {
  vision: boolean;
  tools: boolean;
  parallelTools: boolean;
  /** `response_format: {type: "json_object"}`. */
  jsonMode: boolean;
  /** `response_format: {type: "json_schema"}`; null when unsupported. */
  jsonSchema: JsonSchemaSupport | null;
  reasoning: ReasoningSupport | null;
  /** Server-side `browser_search` and `code_interpreter` tools. */
  builtInTools: boolean;
  /** Remote MCP servers (`{type: "mcp"}` tools): Groq runs them for the models that take tools. */
  mcp: boolean;
}

export interface VisionLimits {
  /** Images accepted in one request. */
  maxImages: number;
  /** Whether a system message may accompany an image (the 2024 previews refuse the combination). */
  systemPromptWithImages: boolean;
}

export interface SpeechInfo {
  multilingual: boolean;
  translation: boolean;
  maxFileBytes: number;
}

/** How a guard model is asked and how it answers. */
export type GuardStyle =
  /** Llama Guard: screens the conversation, answers `safe` / `unsafe\nS1,S2`. */
  | 'llama-guard'
  /** gpt-oss-safeguard: follows a written policy in the system prompt. */
  | 'policy'
  /** Prompt Guard: a prompt-injection classifier, not a moderation model. */
  | 'prompt-injection';

export interface CatalogModel {
  id: string;
  name: string;
  developer: string;
  kind: ModelKind;
  /** Context window in tokens; 0 for speech models. The live list's figure wins when it has one. */
  contextWindow: number;
  /** Largest max_completion_tokens; 0 for speech models. The live list's figure wins. */
  maxCompletionTokens: number;
  preview: boolean;
  capabilities: ModelCapabilities;
  vision?: VisionLimits;
  speech?: SpeechInfo;
  guard?: GuardStyle;
  /** Only on enterprise keys (Contact Sales). */
  enterprise?: boolean;
  /** Groq's published output speed in tokens/s (its models page); the live list does not report it. */
  outputTokensPerSecond?: number;
  /**
   * The limit the 2024 docs gave, for servers whose `/models` reports no `max_completion_tokens`
   * (Groq did not report it then); today's figure applies whenever the live list has one.
   */
  legacyMaxCompletionTokens?: number;
}

export const TEXT_ONLY: ModelCapabilities = {
  vision: false,
  tools: false,
  parallelTools: false,
  jsonMode: true,
  jsonSchema: null,
  reasoning: null,
  builtInTools: false,
  mcp: false,
};
export const TOOLS: ModelCapabilities = { ...TEXT_ONLY, tools: true, parallelTools: true, mcp: true };
export const TOOLS_NO_PARALLEL: ModelCapabilities = { ...TEXT_ONLY, tools: true, mcp: true };
export const NO_CHAT_FEATURES: ModelCapabilities = { ...TEXT_ONLY, jsonMode: false };

/**
 * A model the table does not know: every control enabled, nothing sent by default that could be
 * refused (no reasoning effort or format until the user picks one). Groq has the last word.
 */
export const UNKNOWN_MODEL_CAPABILITIES: ModelCapabilities = {
  vision: true,
  tools: true,
  parallelTools: true,
  jsonMode: true,
  jsonSchema: 'best-effort',
  reasoning: {
    efforts: REASONING_EFFORTS,
    defaultEffort: null,
    formats: REASONING_FORMATS,
    includeReasoning: true,
  },
  builtInTools: true,
  mcp: true,
};

/** 25 MB, the documented maximum audio upload. */
export const SPEECH_MAX_FILE_BYTES = 25 * 1024 * 1024;

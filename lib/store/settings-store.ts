import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ReasoningEffort, ReasoningFormat } from '../models/catalog';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '../schema/limits';
import { DEFAULT_GROUNDING, type GroundingSettings } from './grounding';
import { EXAMPLE_JSON_SCHEMA } from './request-options';
import { safeJSONStorage } from './safe-storage';
import type { ToolChoiceSetting, ToolDraft } from './tools';

/** Groq's defaults for the tunable parameters (what "Reset parameters" restores). */
export interface Parameters {
  temperature: number;
  maxCompletionTokens: number;
  topP: number;
  seed: number | null;
  stop: string[];
  stream: boolean;
  /** Text, JSON Object (`json_object`) or JSON Schema (`json_schema` with `jsonSchema`). */
  responseFormat: ResponseFormatSetting;
  /** The JSON Schema textbox: `{name, schema, strict?}` or a bare schema. */
  jsonSchema: string;
  jsonSchemaStrict: boolean;
  moderation: boolean;
  /** Sent only to models that take it; null = not sent (Groq's default applies). */
  reasoningFormat: ReasoningFormat | null;
  /** Sent only when the model takes this value; null = the model's default (not sent). */
  reasoningEffort: ReasoningEffort | null;
  /** Off sends `include_reasoning: false` (gpt-oss); on is Groq's default and is not sent. */
  includeReasoning: boolean;
  /** '' = not sent (Groq's default, on_demand). */
  serviceTier: ServiceTierSetting;
}

export type { ReasoningEffort, ReasoningFormat };
export type ResponseFormatSetting = 'text' | 'json_object' | 'json_schema';
export type ServiceTierSetting = '' | 'auto' | 'on_demand' | 'flex' | 'performance';

export const DEFAULT_PARAMETERS: Readonly<Parameters> = {
  temperature: TEMPERATURE.default,
  maxCompletionTokens: MAX_COMPLETION_TOKENS.default,
  topP: TOP_P.default,
  seed: null,
  stop: [],
  stream: true,
  responseFormat: 'text',
  jsonSchema: EXAMPLE_JSON_SCHEMA,
  jsonSchemaStrict: false,
  moderation: false,
  reasoningFormat: null,
  reasoningEffort: null,
  includeReasoning: true,
  serviceTier: '',
};

/** Tool settings survive "Reset parameters": they are the user's work, not tuning. */
export interface ToolSettings {
  tools: ToolDraft[];
  toolChoice: ToolChoiceSetting;
  parallelToolCalls: boolean;
}

export interface SettingsState extends Parameters, ToolSettings, GroundingSettings {
  /** '' until the live model list picks a default (no saved or linked choice). */
  model: string;
  system: string;
  setTools: (tools: ToolDraft[]) => void;
  setToolChoice: (choice: ToolChoiceSetting) => void;
  setParallelToolCalls: (value: boolean) => void;
  setGrounding: (patch: Partial<GroundingSettings>) => void;
  setModel: (model: string) => void;
  setSystem: (system: string) => void;
  setParameter: <K extends keyof Parameters>(key: K, value: Parameters[K]) => void;
  resetParameters: () => void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      model: '',
      system: '',
      ...DEFAULT_PARAMETERS,
      tools: [],
      toolChoice: 'auto',
      parallelToolCalls: true,
      ...DEFAULT_GROUNDING,
      setGrounding: (patch) => set(patch),
      setTools: (tools) => set({ tools }),
      setToolChoice: (toolChoice) => set({ toolChoice }),
      setParallelToolCalls: (parallelToolCalls) => set({ parallelToolCalls }),
      setModel: (model) => set({ model }),
      setSystem: (system) => set({ system }),
      setParameter: (key, value) => set({ [key]: value } as Partial<SettingsState>),
      resetParameters: () => set({ ...DEFAULT_PARAMETERS }),
    }),
    {
      name: 'groq-playground:settings',
      version: 3,
      migrate: migrateSettings,
      storage: safeJSONStorage(),
      // Rehydrated by the playground after mount, so server and first client render agree.
      skipHydration: true,
      partialize: (
        state,
      ): Pick<SettingsState, 'model' | 'system'> & Parameters & ToolSettings & GroundingSettings => ({
        model: state.model,
        system: state.system,
        temperature: state.temperature,
        maxCompletionTokens: state.maxCompletionTokens,
        topP: state.topP,
        seed: state.seed,
        stop: state.stop,
        stream: state.stream,
        responseFormat: state.responseFormat,
        jsonSchema: state.jsonSchema,
        jsonSchemaStrict: state.jsonSchemaStrict,
        moderation: state.moderation,
        reasoningFormat: state.reasoningFormat,
        reasoningEffort: state.reasoningEffort,
        includeReasoning: state.includeReasoning,
        serviceTier: state.serviceTier,
        tools: state.tools,
        toolChoice: state.toolChoice,
        parallelToolCalls: state.parallelToolCalls,
        browserSearch: state.browserSearch,
        codeExecution: state.codeExecution,
        documents: state.documents,
        citations: state.citations,
      }),
    },
  ),
);

/**
 * Saved settings from older versions: v1 had a JSON Mode switch (now Response Format) and always a
 * reasoning format; v3 added built-in tools, documents and citations (off, none, on). Nothing the
 * user set is lost; fields an older version lacked get today's defaults.
 */
export function migrateSettings(persisted: unknown, version: number): SettingsState {
  const state = { ...(persisted as Record<string, unknown>) };
  if (version < 2) {
    state.responseFormat = state.jsonMode === true ? 'json_object' : 'text';
    delete state.jsonMode;
  }
  if (version < 3) {
    Object.assign(state, { ...DEFAULT_GROUNDING, documents: [] });
  }
  return { ...DEFAULT_PARAMETERS, ...DEFAULT_GROUNDING, ...state } as SettingsState;
}

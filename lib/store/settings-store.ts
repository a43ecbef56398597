import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_CHAT_MODEL } from '../models/catalog';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '../schema/limits';
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
  jsonMode: boolean;
  moderation: boolean;
  /** Only sent to reasoning models. */
  reasoningFormat: ReasoningFormat;
}

export type ReasoningFormat = 'parsed' | 'raw' | 'hidden';

export const DEFAULT_PARAMETERS: Readonly<Parameters> = {
  temperature: TEMPERATURE.default,
  maxCompletionTokens: MAX_COMPLETION_TOKENS.default,
  topP: TOP_P.default,
  seed: null,
  stop: [],
  stream: true,
  jsonMode: false,
  moderation: false,
  reasoningFormat: 'parsed',
};

/** Tool settings survive "Reset parameters": they are the user's work, not tuning. */
export interface ToolSettings {
  tools: ToolDraft[];
  toolChoice: ToolChoiceSetting;
  parallelToolCalls: boolean;
}

export interface SettingsState extends Parameters, ToolSettings {
  model: string;
  system: string;
  setTools: (tools: ToolDraft[]) => void;
  setToolChoice: (choice: ToolChoiceSetting) => void;
  setParallelToolCalls: (value: boolean) => void;
  setModel: (model: string) => void;
  setSystem: (system: string) => void;
  setParameter: <K extends keyof Parameters>(key: K, value: Parameters[K]) => void;
  resetParameters: () => void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      model: DEFAULT_CHAT_MODEL,
      system: '',
      ...DEFAULT_PARAMETERS,
      tools: [],
      toolChoice: 'auto',
      parallelToolCalls: true,
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
      version: 1,
      storage: safeJSONStorage(),
      // Rehydrated by the playground after mount, so server and first client render agree.
      skipHydration: true,
      partialize: (state): Pick<SettingsState, 'model' | 'system'> & Parameters & ToolSettings => ({
        model: state.model,
        system: state.system,
        temperature: state.temperature,
        maxCompletionTokens: state.maxCompletionTokens,
        topP: state.topP,
        seed: state.seed,
        stop: state.stop,
        stream: state.stream,
        jsonMode: state.jsonMode,
        moderation: state.moderation,
        reasoningFormat: state.reasoningFormat,
        tools: state.tools,
        toolChoice: state.toolChoice,
        parallelToolCalls: state.parallelToolCalls,
      }),
    },
  ),
);

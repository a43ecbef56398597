import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_CHAT_MODEL } from '../models/catalog';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '../schema/limits';
import { safeJSONStorage } from './safe-storage';

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
}

export const DEFAULT_PARAMETERS: Readonly<Parameters> = {
  temperature: TEMPERATURE.default,
  maxCompletionTokens: MAX_COMPLETION_TOKENS.default,
  topP: TOP_P.default,
  seed: null,
  stop: [],
  stream: true,
  jsonMode: false,
  moderation: false,
};

export interface SettingsState extends Parameters {
  model: string;
  system: string;
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
      partialize: ({
        model,
        system,
        temperature,
        maxCompletionTokens,
        topP,
        seed,
        stop,
        stream,
        jsonMode,
        moderation,
      }) => ({
        model,
        system,
        temperature,
        maxCompletionTokens,
        topP,
        seed,
        stop,
        stream,
        jsonMode,
        moderation,
      }),
    },
  ),
);

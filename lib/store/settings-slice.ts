/**
 * Settings: what is shared by every pane (system prompt, tools) and what each pane has of its own (the
 * model and its parameters; single view is pane 1). Model rules run here, in `setModel` and
 * `applyLiveModels`, never in component effects. New request fields (built-in tools, documents, …)
 * go into `Parameters` (per pane) or `SharedSettings` (all panes), with a default below.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_GROUNDING, type GroundingSettings } from '../chat/grounding';
import type { PaneSettings, Parameters, SharedSettings } from '../chat/settings';
import type { ToolChoiceSetting, ToolDraft } from '../chat/tools';
import { type ModelsResponse, pickDefaultChatModel } from '../models/model-info';
import { EXAMPLE_JSON_SCHEMA } from '../rules/json-schema-setting';
import { clampMaxTokens, type LiveLimits } from '../rules/model';
import { MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P } from '../schema/limits';
import type { PlaygroundState } from './playground-types';

export type {
  PaneSettings,
  Parameters,
  ReasoningEffort,
  ReasoningFormat,
  ResponseFormatSetting,
  ServiceTierSetting,
  SharedSettings,
  ToolSettings,
} from '../chat/settings';

/** Groq's defaults for the tunable parameters (what "Reset parameters" restores). */
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

/** One pane's model and parameters. Pane 1 is the single view. */
export type ModelLimits = LiveLimits;

export interface SettingsSlice extends SharedSettings {
  panes: PaneSettings[];
  /** Per pane id: what a model rule changed ("Max Completion Tokens lowered …"); not saved. */
  paneNotices: Record<string, string>;
  setSystem: (system: string) => void;
  setTools: (tools: ToolDraft[]) => void;
  setToolChoice: (choice: ToolChoiceSetting) => void;
  setParallelToolCalls: (value: boolean) => void;
  setGrounding: (patch: Partial<GroundingSettings>) => void;
  /** Selects a model for a pane and applies its rules (max tokens clamped to its ceiling). */
  setModel: (pane: number, model: string, limits?: ModelLimits) => void;
  setParameter: <K extends keyof Parameters>(pane: number, key: K, value: Parameters[K]) => void;
  resetParameters: (pane: number) => void;
  /** The live list arrived: default model where none is chosen, live ceilings, Moderation off without a guard. */
  applyLiveModels: (models: ModelsResponse) => void;
}

let paneCounter = 0;
export function newPaneId(): string {
  paneCounter += 1;
  return `p${Date.now().toString(36)}${paneCounter.toString(36)}`;
}

export function defaultPane(model = '', id = 'p1'): PaneSettings {
  return { id, model, ...DEFAULT_PARAMETERS };
}

export const INITIAL_SETTINGS: SharedSettings & Pick<SettingsSlice, 'panes' | 'paneNotices'> = {
  system: '',
  tools: [],
  toolChoice: 'auto',
  parallelToolCalls: true,
  ...DEFAULT_GROUNDING,
  panes: [defaultPane()],
  paneNotices: {},
};

/** The pane with the model's rules applied (lib/rules), and what changed (null: nothing). */
export function applyModelRules(pane: PaneSettings, limits?: ModelLimits): [PaneSettings, string | null] {
  const [max, notice] = clampMaxTokens(pane.model, pane.maxCompletionTokens, limits);
  return notice ? [{ ...pane, maxCompletionTokens: max }, notice] : [pane, null];
}

function replacePane(panes: readonly PaneSettings[], index: number, pane: PaneSettings): PaneSettings[] {
  return panes.map((p, i) => (i === index ? pane : p));
}

export const createSettingsSlice: StateCreator<PlaygroundState, [], [], SettingsSlice> = (set) => ({
  ...INITIAL_SETTINGS,
  setSystem: (system) => set({ system }),
  setTools: (tools) => set({ tools }),
  setToolChoice: (toolChoice) => set({ toolChoice }),
  setParallelToolCalls: (parallelToolCalls) => set({ parallelToolCalls }),
  setGrounding: (patch) => set(patch),
  setModel: (index, model, limits) =>
    set((s) => {
      const pane = s.panes[index];
      if (!pane) return s;
      const [next, notice] = applyModelRules({ ...pane, model }, limits);
      const paneNotices = { ...s.paneNotices };
      if (notice) paneNotices[pane.id] = notice;
      else delete paneNotices[pane.id];
      return { panes: replacePane(s.panes, index, next), paneNotices };
    }),
  setParameter: (index, key, value) =>
    set((s) => {
      const pane = s.panes[index];
      return pane ? { panes: replacePane(s.panes, index, { ...pane, [key]: value }) } : s;
    }),
  resetParameters: (index) =>
    set((s) => {
      const pane = s.panes[index];
      if (!pane) return s;
      const [next] = applyModelRules({ ...pane, ...DEFAULT_PARAMETERS });
      return { panes: replacePane(s.panes, index, next) };
    }),
  applyLiveModels: ({ data, guard }) =>
    set((s) => {
      let changed = false;
      const paneNotices = { ...s.paneNotices };
      const panes = s.panes.map((pane) => {
        let next = pane;
        if (next.model === '') {
          const preferred = pickDefaultChatModel(data);
          if (preferred) next = { ...next, model: preferred };
        }
        // No guard model live: Moderation cannot run, so it is off (the switch says why).
        if (next.moderation && guard.model === null) next = { ...next, moderation: false };
        const live = data.find((m) => m.id === next.model);
        const [clamped, notice] = applyModelRules(next, live);
        if (notice) paneNotices[pane.id] = notice;
        if (clamped !== pane) changed = true;
        return clamped;
      });
      return changed ? { panes, paneNotices } : s;
    }),
});

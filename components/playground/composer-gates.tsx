'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type ModelAvailability, modelAvailability } from '@/lib/client/model-availability';
import { modelsQueryOptions } from '@/lib/client/models-query';
import type { ProblemFix } from '@/lib/rules/problem';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { activePanes, selectPendingRequest } from '@/lib/store/selectors';

/** Problems the composer shows elsewhere (images, the empty message, choosing a model) or Submit adds. */
const NOT_SETTINGS = new Set([
  'empty',
  'no-model',
  'variables',
  'not-vision',
  'too-many-images',
  'system-with-image',
  'too-large',
]);

/** A settings problem holding Submit back, with its fix (applied to pane `pane`) when it has one. */
export interface SettingsProblem {
  message: string;
  pane: number;
  fix?: ProblemFix;
}

/** The conversation's part of the state: settings problems never depend on it. */
const CONVERSATION_KEYS = new Set(['messages', 'paneThreads', 'candidates', 'runs', 'draft', 'draftImages']);
let lastSettings: { inputs: unknown[]; key: string } | null = null;

/**
 * Settings problems of every pane Submit would run (invalid tools, JSON Schema, typed fields, what the
 * model does not take), as a string snapshot. Building the requests is skipped when no setting changed (a streaming answer
 * updates the store every frame and changes only the conversation).
 */
function settingsKey(s: PlaygroundState): string {
  const state = s as unknown as Record<string, unknown>;
  const inputs = Object.keys(state)
    .filter((k) => !CONVERSATION_KEYS.has(k))
    .map((k) => state[k]);
  if (lastSettings?.inputs.length === inputs.length && lastSettings.inputs.every((v, i) => v === inputs[i])) {
    return lastSettings.key;
  }
  const lines = new Map<string, SettingsProblem>();
  for (const pane of activePanes(s)) {
    for (const problem of selectPendingRequest(s, pane, { includeDraft: false }).problems) {
      if (NOT_SETTINGS.has(problem.code)) continue;
      // Shared settings (tools, typed fields) read the same in every pane; a pane's own say which.
      const shared = problem.code === 'tools' || problem.code === 'field';
      const message = s.compare && !shared ? `Pane ${pane + 1}: ${problem.message}` : problem.message;
      if (!lines.has(message))
        lines.set(message, { message, pane, ...(problem.fix ? { fix: problem.fix } : {}) });
    }
  }
  lastSettings = { inputs, key: JSON.stringify([...lines.values()]) };
  return lastSettings.key;
}

/** What stops Submit in the settings, as sentences (a string snapshot: streaming re-renders nothing). */
export function useSettingsProblems(): SettingsProblem[] {
  const key = usePlaygroundStore(settingsKey);
  return useMemo(() => JSON.parse(key) as SettingsProblem[], [key]);
}

/** Applies a problem's fix (e.g. "Use JSON Object") to the pane it was found in. */
export function useApplyFix(): (pane: number, fix: ProblemFix) => void {
  const setParameter = usePlaygroundStore((s) => s.setParameter);
  return (pane, fix) => {
    for (const [key, value] of Object.entries(fix.patch)) {
      setParameter(pane, key as keyof typeof fix.patch, value as never);
    }
  };
}

/** Every pane Submit would run whose model this server does not serve. */
export function useUnavailablePanes(): { pane: number; availability: ModelAvailability }[] {
  const models = usePlaygroundStore((s) =>
    activePanes(s)
      .map((pane) => s.panes[pane]?.model ?? '')
      .join('\n'),
  );
  const { data } = useQuery(modelsQueryOptions);
  return models
    .split('\n')
    .map((model, pane) => ({ pane, availability: modelAvailability(model, data?.data) }))
    .filter(({ availability }) => availability.status === 'unavailable');
}

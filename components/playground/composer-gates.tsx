'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type ModelAvailability, modelAvailability } from '@/lib/client/model-availability';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { activePanes, selectPendingRequest } from '@/lib/store/selectors';

const SETTINGS_KINDS = new Set(['tools', 'schema', 'field']);

/** The conversation's part of the state: settings problems never depend on it. */
const CONVERSATION_KEYS = new Set(['messages', 'paneThreads', 'candidates', 'runs', 'draft', 'draftImages']);
let lastSettings: { inputs: unknown[]; key: string } | null = null;

/**
 * Settings problems of every pane Submit would run (invalid tools, JSON Schema, typed fields), as a
 * string snapshot. Building the requests is skipped when no setting changed (a streaming answer
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
  const lines = new Set<string>();
  for (const pane of activePanes(s)) {
    for (const problem of selectPendingRequest(s, pane, { includeDraft: false }).problems) {
      if (!SETTINGS_KINDS.has(problem.kind)) continue;
      lines.add(
        s.compare && problem.kind === 'schema' ? `Pane ${pane + 1}: ${problem.message}` : problem.message,
      );
    }
  }
  lastSettings = { inputs, key: JSON.stringify([...lines]) };
  return lastSettings.key;
}

/** What stops Submit in the settings, as sentences (a string snapshot: streaming re-renders nothing). */
export function useSettingsProblems(): string[] {
  const key = usePlaygroundStore(settingsKey);
  return useMemo(() => JSON.parse(key) as string[], [key]);
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

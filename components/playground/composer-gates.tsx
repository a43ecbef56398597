'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type ModelAvailability, modelAvailability } from '@/lib/client/model-availability';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { activePanes, selectPendingRequest } from '@/lib/store/selectors';

const SETTINGS_KINDS = new Set(['tools', 'schema', 'field']);

/** Settings problems of every pane Submit would run (invalid tools, JSON Schema, typed fields). */
function settingsKey(s: PlaygroundState): string {
  const lines = new Set<string>();
  for (const pane of activePanes(s)) {
    for (const problem of selectPendingRequest(s, pane, { includeDraft: false }).problems) {
      if (!SETTINGS_KINDS.has(problem.kind)) continue;
      lines.add(
        s.compare && problem.kind === 'schema' ? `Pane ${pane + 1}: ${problem.message}` : problem.message,
      );
    }
  }
  return JSON.stringify([...lines]);
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

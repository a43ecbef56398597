'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import type { ModelAvailability } from '@/lib/client/model-availability';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { usePaneIndex } from './pane-context';

/**
 * Hands the live model list to the store once it arrives (`applyLiveModels` picks the default model,
 * clamps to live limits and turns Moderation off without a guard), and again whenever a pane's model or
 * Max Completion Tokens changes (a share link's 100000 is lowered to the live limit, with its notice).
 * Mounted once, by the playground.
 */
export function useApplyLiveModels(ready: boolean): void {
  const { data } = useQuery(modelsQueryOptions);
  const panes = usePlaygroundStore((s) =>
    s.panes.map((p) => `${p.id}:${p.model}:${p.moderation}:${p.maxCompletionTokens}`).join(' '),
  );
  const applyLiveModels = usePlaygroundStore((s) => s.applyLiveModels);
  useEffect(() => {
    if (ready && data && panes !== '') applyLiveModels(data);
  }, [ready, data, panes, applyLiveModels]);
}

/** Names a retired or unknown model and offers a live replacement as one click. */
export function ModelAvailabilityNotice({
  id,
  availability,
  pane,
}: {
  id?: string;
  availability: ModelAvailability;
  pane?: number;
}) {
  const contextPane = usePaneIndex();
  const { data } = useQuery(modelsQueryOptions);
  const setModel = usePlaygroundStore((s) => s.setModel);
  if (availability.status !== 'unavailable') return null;
  const replacement = availability.replacement;
  return (
    <div
      id={id}
      role="alert"
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>{availability.message}</span>
      {replacement ? (
        <Button
          size="xs"
          onClick={() =>
            setModel(
              pane ?? contextPane,
              replacement,
              data?.data.find((m) => m.id === replacement),
            )
          }
        >
          Use {replacement}
        </Button>
      ) : null}
    </div>
  );
}

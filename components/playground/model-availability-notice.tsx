'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type ModelAvailability, modelAvailability } from '@/lib/client/model-availability';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { pickDefaultChatModel } from '@/lib/models/model-info';
import { useSettingsStore } from '@/lib/store/settings-store';

/** The selected model's availability, and the live default chosen when there is no saved choice. */
export function useModelAvailability() {
  const model = useSettingsStore((s) => s.model);
  const moderation = useSettingsStore((s) => s.moderation);
  const setModel = useSettingsStore((s) => s.setModel);
  const setParameter = useSettingsStore((s) => s.setParameter);
  const { data } = useQuery(modelsQueryOptions);
  useEffect(() => {
    if (!data) return;
    if (model === '') {
      const preferred = pickDefaultChatModel(data.data);
      if (preferred) setModel(preferred);
    }
    // No guard model live: Moderation cannot run, so it is off (the switch says why).
    if (moderation && data.guard.model === null) setParameter('moderation', false);
  }, [data, model, moderation, setModel, setParameter]);
  return modelAvailability(model, data?.data);
}

/** Names a retired or unknown model and offers a live replacement as one click. */
export function ModelAvailabilityNotice({
  id,
  availability,
}: {
  id: string;
  availability: ModelAvailability;
}) {
  const setModel = useSettingsStore((s) => s.setModel);
  if (availability.status !== 'unavailable') return null;
  return (
    <div
      id={id}
      role="alert"
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>{availability.message}</span>
      {availability.replacement ? (
        <button
          type="button"
          onClick={() => setModel(availability.replacement as string)}
          className="rounded-md border border-amber-400 px-2 py-1 text-xs font-medium hover:bg-amber-100 dark:border-amber-600 dark:hover:bg-amber-900"
        >
          Use {availability.replacement}
        </button>
      ) : null}
    </div>
  );
}

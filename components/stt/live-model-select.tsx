'use client';

import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { type ModelAvailability, modelAvailability } from '@/lib/client/model-availability';
import { modelsQueryOptions } from '@/lib/client/models-query';
import type { CatalogModel } from '@/lib/models/catalog';

interface Named {
  id: string;
  name: string;
}

type AudioKind = Extract<CatalogModel['kind'], 'speech' | 'tts'>;

/** Whether this server serves `model` as a model of `kind` (loading until the live list arrives). */
export function useAudioModelAvailability(kind: AudioKind, model: string): ModelAvailability {
  const { data } = useQuery(modelsQueryOptions);
  return modelAvailability(model, data?.data, kind);
}

/**
 * Speech mode's Model select (Speech to Text and Text to Speech): the live list's models of one
 * kind — the live list decides what exists; before it loads, the table's — plus the current id,
 * marked "(not available)" once the live list shows the server does not serve it. Then a notice
 * says why (retired on a date, or not served) and offers a live model of the kind as one click;
 * the workbench sends nothing meanwhile.
 */
export function LiveModelSelect<M extends Named>({
  kind,
  value,
  onChange,
  fallback,
  labelOf,
}: {
  kind: AudioKind;
  value: string;
  onChange: (id: string) => void;
  /** The table's models of this kind, shown until the live list has loaded. */
  fallback: readonly M[];
  labelOf: (model: M) => string;
}) {
  const { data } = useQuery(modelsQueryOptions);
  const availability = modelAvailability(value, data?.data, kind);
  const models = data ? (data.data.filter((m) => m.kind === kind) as unknown as M[]) : fallback;
  const options = models.map((m) => ({ value: m.id, label: labelOf(m) }));
  if (!options.some((o) => o.value === value)) {
    options.push({ value, label: data ? `${value} (not available)` : value });
  }
  return (
    <div className="flex flex-col gap-2">
      <SelectField label="Model" value={value} options={options} onChange={onChange} />
      {availability.status === 'unavailable' ? (
        <div
          role="alert"
          className="flex flex-col items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <span>{availability.message}</span>
          {availability.replacement ? (
            <Button size="xs" onClick={() => onChange(availability.replacement as string)}>
              Use {availability.replacement}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { SelectField } from '@/components/ui/select-field';
import { modelsQueryOptions } from '@/lib/client/models-query';
import type { CatalogModel } from '@/lib/models/catalog';

interface Named {
  id: string;
  name: string;
}

/**
 * Speech mode's Model select (Speech to Text and Text to Speech): the live list's models of one
 * kind — the live list decides what exists; before it loads, the table's — plus the current id,
 * marked "(not available)" once the live list shows the server does not serve it.
 */
export function LiveModelSelect<M extends Named>({
  kind,
  value,
  onChange,
  fallback,
  labelOf,
}: {
  kind: CatalogModel['kind'];
  value: string;
  onChange: (id: string) => void;
  /** The table's models of this kind, shown until the live list has loaded. */
  fallback: readonly M[];
  labelOf: (model: M) => string;
}) {
  const { data } = useQuery(modelsQueryOptions);
  const models = data ? (data.data.filter((m) => m.kind === kind) as unknown as M[]) : fallback;
  const options = models.map((m) => ({ value: m.id, label: labelOf(m) }));
  if (!options.some((o) => o.value === value)) {
    options.push({ value, label: data ? `${value} (not available)` : value });
  }
  return <SelectField label="Model" value={value} options={options} onChange={onChange} />;
}

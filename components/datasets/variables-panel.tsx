'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextArea } from '@/components/ui/field';
import { preloadOn } from '@/components/ui/preload-on';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { useVariableNames } from './use-variables';

/** Loaded when first opened: parsing, running and batching are not needed for the first screen. */
const loadDatasetDialog = () => import('./dataset-dialog');
const DatasetDialog = dynamic(() => loadDatasetDialog().then((m) => m.DatasetDialog), { ssr: false });

function VariableField({ name }: { name: string }) {
  const value = usePlaygroundStore((s) => s.dataset.values[name] ?? '');
  const setValue = usePlaygroundStore((s) => s.setVariable);
  return (
    <Field label={name} labelLook="mono">
      {(control) => (
        <TextArea
          {...control}
          dense
          invalidTone="warning"
          dir="auto"
          rows={1}
          value={value}
          onChange={(event) => setValue(name, event.target.value)}
          aria-invalid={value === '' ? true : undefined}
          className="field-sizing-content max-h-40"
        />
      )}
    </Field>
  );
}

/**
 * Variables: `{{name}}` anywhere in the prompt gets a value field here (for Submit); a Dataset gives
 * each row its own values, for Run all and Submit batch.
 */
export function VariablesPanel() {
  const names = useVariableNames();
  const [datasetOpen, setDatasetOpen] = useState(false);
  return (
    <section aria-labelledby="variables-heading" className="flex flex-col gap-3">
      <div className="flex items-center justify-between">
        <h2 id="variables-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Variables
        </h2>
        <Button size="xs" {...preloadOn(loadDatasetDialog)} onClick={() => setDatasetOpen(true)}>
          Dataset
        </Button>
      </div>
      {names.length === 0 ? (
        <p className="text-xs text-muted">
          Write <code>{'{{name}}'}</code> in the system prompt, a message or the composer to add a variable; a
          Dataset runs the prompt once per row.
        </p>
      ) : (
        names.map((name) => <VariableField key={name} name={name} />)
      )}
      {datasetOpen ? <DatasetDialog open onClose={() => setDatasetOpen(false)} /> : null}
    </section>
  );
}

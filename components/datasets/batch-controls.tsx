'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { BatchSummary } from '@/components/batches/batch-summary';
import { useBatchPolling } from '@/components/batches/use-batch-polling';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { type Batch, batchQueryOptions, hasResults } from '@/lib/client/batches-api';
import { COMPLETION_WINDOWS } from '@/lib/datasets/batch-file';
import { loadBatchResults } from '@/lib/datasets/dataset-actions';
import { useDatasetStore } from '@/lib/store/dataset-store';

const WINDOW_OPTIONS = COMPLETION_WINDOWS.map((value) => ({ value, label: value }));

/** The batch this browser submitted last, followed until it ends; its results then fill the table. */
function SubmittedBatch({ id, onError }: { id: string; onError: (message: string) => void }) {
  const single = useCallback((data: Batch | undefined) => (data ? [data] : undefined), []);
  const refetchInterval = useBatchPolling(single);
  const queryClient = useQueryClient();
  const { data, error } = useQuery({ ...batchQueryOptions(id), refetchInterval });
  const waitingHere = useDatasetStore(
    (s) =>
      s.source?.kind === 'batch' && s.source.batchId === id && s.results.some((r) => r.status === 'waiting'),
  );
  const ready = data ? hasResults(data) : false;
  useEffect(() => {
    if (!data || !ready || !waitingHere) return;
    void queryClient.invalidateQueries({ queryKey: ['batches'], exact: true });
    loadBatchResults(data).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  }, [data, ready, waitingHere, onError, queryClient]);
  if (error) return <p className="text-xs text-red-800 dark:text-red-200">{error.message}</p>;
  return data ? <BatchSummary batch={data} /> : null;
}

/** Completion Window, Submit batch, and the submitted batch's status. */
export function BatchControls({
  onSubmit,
  busy,
  onError,
}: {
  onSubmit: () => void;
  busy: boolean;
  onError: (message: string) => void;
}) {
  const completionWindow = useDatasetStore((s) => s.completionWindow);
  const setCompletionWindow = useDatasetStore((s) => s.setCompletionWindow);
  const lastBatchId = useDatasetStore((s) => s.lastBatchId);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-32">
          <SelectField
            label="Completion Window"
            value={completionWindow}
            options={WINDOW_OPTIONS}
            onChange={setCompletionWindow}
          />
        </div>
        <Button onClick={onSubmit} disabled={busy}>
          Submit batch
        </Button>
      </div>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        A Groq Batch job runs every row within the window at half the price; follow it under More → Batches.
      </p>
      {lastBatchId ? <SubmittedBatch id={lastBatchId} onError={onError} /> : null}
    </div>
  );
}

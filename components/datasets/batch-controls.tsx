'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { BatchSummary } from '@/components/batches/batch-summary';
import { useBatchPolling } from '@/components/batches/use-batch-polling';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ACTIVE_STATUSES, type Batch, batchQueryOptions } from '@/lib/client/batches-api';
import { COMPLETION_WINDOWS } from '@/lib/datasets/batch-file';
import { selectDatasetResults } from '@/lib/store/dataset-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const WINDOW_OPTIONS = COMPLETION_WINDOWS.map((value) => ({ value, label: value }));

/** The batch this browser submitted last, followed until it ends; its results then fill the table. */
function SubmittedBatch({ id, onError }: { id: string; onError: (message: string) => void }) {
  const single = useCallback((data: Batch | undefined) => (data ? [data] : undefined), []);
  const refetchInterval = useBatchPolling(single);
  const queryClient = useQueryClient();
  const { data, error } = useQuery({ ...batchQueryOptions(id), refetchInterval });
  const loadBatchResults = usePlaygroundStore((s) => s.loadBatchResults);
  const waitingHere = usePlaygroundStore(
    (s) =>
      s.dataset.source?.kind === 'batch' &&
      s.dataset.source.batchId === id &&
      selectDatasetResults(s).some((r) => r.status === 'waiting'),
  );
  // Ended, with files or not: a batch cancelled or expired before any row ran has none, and its rows
  // must say so rather than wait forever.
  const ended = data ? !ACTIVE_STATUSES.has(data.status) : false;
  useEffect(() => {
    if (!data || !ended || !waitingHere) return;
    void queryClient.invalidateQueries({ queryKey: ['batches'], exact: true });
    loadBatchResults(data).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  }, [data, ended, waitingHere, onError, queryClient, loadBatchResults]);
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
  const completionWindow = usePlaygroundStore((s) => s.dataset.completionWindow);
  const setCompletionWindow = usePlaygroundStore((s) => s.setCompletionWindow);
  const lastBatchId = usePlaygroundStore((s) => s.dataset.lastBatchId);
  // Moderation screens live requests only: Groq's Batch API runs rows without the guard, so a batch
  // is not sent while it is on (Run all screens every row).
  const moderated = usePlaygroundStore((s) => s.panes[0]?.moderation ?? false);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-40 whitespace-nowrap">
          <SelectField
            label="Completion Window"
            value={completionWindow}
            options={WINDOW_OPTIONS}
            onChange={setCompletionWindow}
          />
        </div>
        <Button
          onClick={onSubmit}
          disabled={busy || moderated}
          aria-describedby={moderated ? 'batch-moderation-note' : undefined}
        >
          Submit batch
        </Button>
      </div>
      {moderated ? (
        <p id="batch-moderation-note" className="text-xs text-amber-800 dark:text-amber-300">
          Moderation is on, and a batch cannot be screened: Groq runs batch rows without the guard model. Turn
          Moderation off to submit a batch, or use Run all, which screens every row.
        </p>
      ) : null}
      <p className="text-xs text-muted">
        A Groq Batch job runs every row within the window at half the price; follow it under More → Batches.
      </p>
      {lastBatchId ? <SubmittedBatch id={lastBatchId} onError={onError} /> : null}
    </div>
  );
}

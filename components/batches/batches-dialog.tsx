'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ResultsTable } from '@/components/datasets/results-table';
import { Button, buttonClass } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import {
  ACTIVE_STATUSES,
  type Batch,
  type BatchList,
  batchesPage,
  batchesQueryOptions,
  cancelBatch,
  fileUrl,
  hasResults,
} from '@/lib/client/batches-api';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { BatchSummary } from './batch-summary';
import { useBatchPolling } from './use-batch-polling';

function BatchItem({ batch, onResults }: { batch: Batch; onResults: (batch: Batch) => void }) {
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelBatch(batch.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['batches'] }),
  });
  const cancellable = ['validating', 'in_progress', 'finalizing'].includes(batch.status);
  return (
    <li className="flex flex-col gap-2 border-t border-divider py-3 first:border-t-0">
      <BatchSummary batch={batch} />
      <div className="flex flex-wrap gap-2">
        {hasResults(batch) ? (
          <Button size="xs" onClick={() => onResults(batch)}>
            Show results
          </Button>
        ) : null}
        {batch.output_file_id ? (
          <a className={buttonClass('secondary', 'xs')} href={fileUrl(batch.output_file_id)} download>
            Download output
          </a>
        ) : null}
        {batch.error_file_id ? (
          <a className={buttonClass('secondary', 'xs')} href={fileUrl(batch.error_file_id)} download>
            Download errors
          </a>
        ) : null}
        {cancellable ? (
          <Button size="xs" variant="danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            Cancel
          </Button>
        ) : null}
      </div>
      {cancel.error ? <p className="text-xs text-red-800 dark:text-red-200">{cancel.error.message}</p> : null}
    </li>
  );
}

/** Batches: the organization's Groq batch jobs, from Groq (so the list survives any reload). */
export function BatchesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const listOf = useCallback((data: BatchList | undefined) => data?.data, []);
  const refetchInterval = useBatchPolling(listOf);
  const { data, error, isPending } = useQuery({ ...batchesQueryOptions, enabled: open, refetchInterval });
  const [problem, setProblem] = useState<string | null>(null);
  const loadBatchResults = usePlaygroundStore((s) => s.loadBatchResults);
  // Older pages, loaded on request; only the first page is polled.
  const [older, setOlder] = useState<BatchList | null>(null);
  const firstIds = new Set(data?.data.map((b) => b.id));
  const batches = [...(data?.data ?? []), ...(older?.data.filter((b) => !firstIds.has(b.id)) ?? [])];
  const cursor = (older ?? data)?.paging?.next_cursor ?? null;
  const active = batches.filter((b) => ACTIVE_STATUSES.has(b.status)).length;

  const showMore = () => {
    if (!cursor) return;
    batchesPage(cursor)
      .then((page) =>
        setOlder((prev) => ({ data: [...(prev?.data ?? []), ...page.data], paging: page.paging })),
      )
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };

  const showResults = (batch: Batch) => {
    setProblem(null);
    loadBatchResults(batch).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };

  return (
    <Dialog open={open} onClose={onClose} title="Batches">
      <div className="flex flex-col gap-3">
        <p role="status" className="text-xs text-muted">
          {isPending
            ? 'Loading batches…'
            : `${batches.length} ${batches.length === 1 ? 'batch' : 'batches'}${active > 0 ? `, ${active} active (refreshing)` : ''}.`}
        </p>
        {error ? <Notice tone="error">{error.message}</Notice> : null}
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {batches.length > 0 ? (
          <ul aria-label="Batch jobs">
            {batches.map((batch) => (
              <BatchItem key={batch.id} batch={batch} onResults={showResults} />
            ))}
          </ul>
        ) : null}
        {cursor ? (
          <Button size="xs" className="self-start" onClick={showMore}>
            Show more batches
          </Button>
        ) : null}
        <ResultsTable />
      </div>
    </Dialog>
  );
}

'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { currentPlan, startRunAll, stopRunAll, submitPlanAsBatch } from '@/lib/datasets/dataset-actions';
import { useDatasetStore } from '@/lib/store/dataset-store';
import { BatchControls } from './batch-controls';
import { DatasetEditor } from './dataset-editor';
import { ResultsTable } from './results-table';
import { RunControls } from './run-controls';
import { useVariableNames } from './use-variables';

/**
 * The Dataset dialog: the rows, then two ways to run the prompt over them — Run all (live, one
 * request per row) or Submit batch (a Groq Batch job) — and the results table both fill.
 */
export function DatasetDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const variables = useVariableNames();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const running = useDatasetStore((s) => s.progress?.running ?? false);

  const plan = () => {
    setNotice(null);
    const result = currentPlan();
    setProblem(result.ok ? null : `Nothing was sent. ${result.message}`);
    return result.ok ? result : null;
  };

  const runAll = () => {
    if (submitting) return;
    const ok = plan();
    if (ok) void startRunAll(ok);
  };

  const submitBatch = async () => {
    const ok = plan();
    if (!ok) return;
    setSubmitting(true);
    setNotice(`Uploading ${ok.rows.length} requests as a batch file…`);
    try {
      const batch = await submitPlanAsBatch(ok);
      setNotice(`Batch ${batch.id} created with ${ok.rows.length} requests (${batch.status}).`);
      void queryClient.invalidateQueries({ queryKey: ['batches'] });
    } catch (error) {
      setNotice(null);
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title="Dataset">
      <div className="flex flex-col gap-5">
        <DatasetEditor variables={variables} />
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {notice ? <Notice tone="success">{notice}</Notice> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <RunControls onRun={runAll} onStop={stopRunAll} />
          <BatchControls
            onSubmit={() => void submitBatch()}
            busy={submitting || running}
            onError={setProblem}
          />
        </div>
        <ResultsTable />
      </div>
    </Dialog>
  );
}

'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatasetGrader, GradeResults } from '@/components/eval/dataset-grading';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
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
  const running = usePlaygroundStore((s) => s.dataset.progress?.running ?? false);
  const runDataset = usePlaygroundStore((s) => s.runDataset);
  const stopDataset = usePlaygroundStore((s) => s.stopDataset);
  const submitDatasetBatch = usePlaygroundStore((s) => s.submitDatasetBatch);

  const runAll = async () => {
    if (submitting) return;
    setNotice(null);
    const result = await runDataset();
    setProblem(result.ok ? null : `Nothing was sent. ${result.reason}`);
  };

  const submitBatch = async () => {
    setNotice(null);
    setSubmitting(true);
    try {
      const result = await submitDatasetBatch((rows) =>
        setNotice(`Uploading ${rows} requests as a batch file…`),
      );
      if (!result.ok) {
        setNotice(null);
        setProblem(`Nothing was sent. ${result.reason}`);
        return;
      }
      setProblem(null);
      const { batch, rows } = result;
      setNotice(`Batch ${batch.id} created with ${rows} requests (${batch.status}).`);
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
        <DatasetGrader />
        <div className="grid gap-4 sm:grid-cols-2">
          <RunControls onRun={() => void runAll()} onStop={stopDataset} />
          <BatchControls
            onSubmit={() => void submitBatch()}
            busy={submitting || running}
            onError={setProblem}
          />
        </div>
        <GradeResults />
        <ResultsTable />
      </div>
    </Dialog>
  );
}

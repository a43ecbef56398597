'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { modelsQueryOptions } from '@/lib/client/models-query';
import { parseDataset } from '@/lib/datasets/dataset';
import { judgeModelProblem } from '@/lib/eval/judge';
import { summarizeGrades } from '@/lib/eval/summary';
import { runCostTotals } from '@/lib/eval/totals';
import { selectDatasetResults } from '@/lib/store/dataset-slice';
import { isFailedRow, preloadGrading } from '@/lib/store/eval-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPendingRequest } from '@/lib/store/selectors';
import { AnswerDiff } from './answer-diff';
import { CostLabel } from './cost-label';
import { GraderSelect } from './grader-select';
import { PassSummary } from './pass-summary';

/** The Dataset dialog's Grader: which grader Run all applies, with the expected column and options. */
export function DatasetGrader() {
  const grader = usePlaygroundStore((s) => s.evaluation.grader);
  const setGrader = usePlaygroundStore((s) => s.setGrader);
  const datasetText = usePlaygroundStore((s) => s.dataset.datasetText);
  const hasSchema = usePlaygroundStore(
    (s) => selectPendingRequest(s, 0).request.response_format?.type === 'json_schema',
  );
  const { data } = useQuery(modelsQueryOptions);
  const parsed = parseDataset(datasetText);
  const columns = parsed.ok ? parsed.dataset.columns : [];
  const judgeModels = (data?.data ?? [])
    .filter((m) => m.kind === 'chat' && judgeModelProblem(m.id) === null)
    .map((m) => ({ id: m.id, name: m.name }));
  const grading = grader.kind !== 'none';
  useEffect(() => {
    if (grading) preloadGrading();
  }, [grading]);
  return (
    <GraderSelect
      value={grader}
      onChange={setGrader}
      columns={columns}
      judgeModels={judgeModels}
      hasSchema={hasSchema}
    />
  );
}

/**
 * Above the results table: "N/M passed", the pass rate per model, latency p50/p90, what the answers
 * and the judge cost, Grade again (after changing the grader), Re-run failed, and a diff of two rows.
 */
export function GradeResults() {
  const results = usePlaygroundStore(useShallow(selectDatasetResults));
  const running = usePlaygroundStore((s) => s.dataset.progress?.running ?? false);
  const graderKind = usePlaygroundStore((s) => s.evaluation.grader.kind);
  const gradeDatasetRows = usePlaygroundStore((s) => s.gradeDatasetRows);
  const rerunFailedRows = usePlaygroundStore((s) => s.rerunFailedRows);
  const [problem, setProblem] = useState<string | null>(null);
  if (results.length === 0) return null;

  const graded = results.some((r) => r.grade !== undefined);
  const summary = summarizeGrades(
    results.map((r) => ({ model: r.request?.model ?? '', grade: r.grade ?? null, latencyMs: r.ms })),
  );
  const costs = runCostTotals(results);
  const failed = results.filter(isFailedRow).length;
  const answered = results.filter((r) => r.status === 'done');

  const rerun = async () => {
    const result = await rerunFailedRows();
    setProblem(result.ok ? null : result.reason);
  };

  return (
    <div className="flex flex-col gap-2">
      {graded ? <PassSummary summary={summary} /> : null}
      <p className="flex flex-wrap gap-x-4 text-xs">
        <CostLabel total={costs.answers} label="Run all cost" />
        {costs.judge ? <CostLabel total={costs.judge} label="Judge cost" /> : null}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="xs" disabled={running || graderKind === 'none'} onClick={() => void gradeDatasetRows()}>
          Grade again
        </Button>
        <Button size="xs" disabled={running || failed === 0} onClick={() => void rerun()}>
          Re-run failed{failed > 0 ? ` (${failed})` : ''}
        </Button>
      </div>
      {problem ? (
        <p role="status" className="text-xs text-amber-800 dark:text-amber-200">
          {problem}
        </p>
      ) : null}
      <AnswerDiff
        answers={answered.map((r) => ({ id: r.key, label: r.key, text: r.answer }))}
        buttonLabel="Diff rows"
      />
    </div>
  );
}

'use client';

import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Tabs } from '@/components/ui/tabs';
import { type RunResult, summarizeRuns } from '@/lib/eval/summary';
import { selectRepeatRuns } from '@/lib/store/eval-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { isChatRun } from '@/lib/store/run';
import { selectPaneMessages } from '@/lib/store/selectors';
import { AnswerDiff } from './answer-diff';
import { RunsSummaryView } from './runs-summary';

interface ShownRun extends RunResult {
  id: string;
  label: string;
  status: string;
}

const speed = (tokens: number | null, ms: number | null) =>
  tokens && ms && ms > 0 ? tokens / (ms / 1000) : null;

/**
 * Runs N times, for pane `pane`: the N answers in tabs (run 1 is the one in the conversation),
 * "3 runs · 2 distinct" with latency and tok/s min/median/max over the finished runs, what the seed
 * implies, and a word diff of any two runs.
 */
export function RepeatRunsPanel({ pane = 0 }: { pane?: number }) {
  const paneId = usePlaygroundStore((s) => s.panes[pane]?.id ?? '');
  const repeats = usePlaygroundStore(useShallow((s) => selectRepeatRuns(s, paneId)));
  const first = usePlaygroundStore((s) =>
    Object.values(s.runs).find((run) => isChatRun(run) && run.scope === paneId),
  );
  const firstMessage = usePlaygroundStore((s) =>
    first && isChatRun(first)
      ? selectPaneMessages(s, pane).find((m) => m.id === first.result.messageId)
      : undefined,
  );
  const [tab, setTab] = useState('run-1');
  if (repeats.length === 0 || !first || !isChatRun(first)) return null;

  const runs: ShownRun[] = [
    {
      id: 'run-1',
      label: 'Run 1',
      status: first.status,
      answer: firstMessage?.content ?? '',
      latencyMs: first.stats.totalMs ?? null,
      tokensPerSecond: first.stats.tokensPerSecond ?? null,
    },
    ...repeats.map((run, i) => ({
      id: `run-${i + 2}`,
      label: `Run ${i + 2}`,
      status: run.status,
      answer: run.result.answer,
      latencyMs: run.result.ms,
      tokensPerSecond: speed(run.result.completionTokens, run.result.ms),
    })),
  ];
  const finished = runs.filter((run) => run.status === 'done');
  const summary = summarizeRuns(finished);
  const selected = runs.find((run) => run.id === tab) ?? runs[0];
  const pending = runs.length - finished.length;

  return (
    <section
      aria-label={`Runs of pane ${pane + 1}`}
      className="flex flex-col gap-2 rounded-md border border-divider p-3"
    >
      <RunsSummaryView summary={summary} seed={first.input.seed} />
      {pending > 0 ? (
        <p role="status" className="text-xs text-muted">
          {pending} of {runs.length} runs still running or not answered.
        </p>
      ) : null}
      <Tabs
        label="Runs"
        tabs={runs.map((run) => ({ id: run.id, label: run.label }))}
        value={selected?.id ?? 'run-1'}
        onChange={setTab}
      >
        {selected ? (
          <p className="whitespace-pre-wrap break-words text-sm" dir="auto">
            {selected.answer || `(${selected.status})`}
          </p>
        ) : null}
      </Tabs>
      <AnswerDiff answers={finished.map((run) => ({ id: run.id, label: run.label, text: run.answer }))} />
    </section>
  );
}

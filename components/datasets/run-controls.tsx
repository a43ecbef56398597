'use client';

import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { runSummary } from '@/lib/datasets/run-all';
import { CONCURRENCY, selectDatasetResults } from '@/lib/store/dataset-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** Concurrency, Run all / Stop, and the live run's progress (k of n, errors, tokens/s). */
export function RunControls({ onRun, onStop }: { onRun: () => void; onStop: () => void }) {
  const concurrency = usePlaygroundStore((s) => s.dataset.concurrency);
  const setConcurrency = usePlaygroundStore((s) => s.setConcurrency);
  const progress = usePlaygroundStore((s) => s.dataset.progress);
  const results = usePlaygroundStore(useShallow(selectDatasetResults));
  const live = usePlaygroundStore((s) => s.dataset.source?.kind === 'live');
  const running = progress?.running ?? false;
  const now = useNow(running);
  const summary =
    progress && live ? runSummary(results, progress.startedAt, progress.finishedAt ?? now) : null;
  const waiting = progress?.waitingUntil ? Math.max(0, Math.ceil((progress.waitingUntil - now) / 1000)) : 0;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Concurrency">
          {(control) => (
            <Input
              {...control}
              type="number"
              dense
              boxWidth="w-20"
              min={CONCURRENCY.min}
              max={CONCURRENCY.max}
              value={concurrency}
              onChange={(event) => setConcurrency(Number(event.target.value))}
            />
          )}
        </Field>
        {running ? (
          <Button variant="danger" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button variant="primary" onClick={onRun}>
            Run all
          </Button>
        )}
      </div>
      <p className="text-xs text-muted">
        Run all sends every row now, that many at a time, and shows each answer below.
      </p>
      {summary ? (
        <div className="flex flex-col gap-1">
          <progress
            aria-label="Run progress"
            max={summary.total}
            value={summary.finished}
            className="h-2 w-full accent-groq-strong"
          />
          <p role="status" className="text-xs text-fg-soft">
            {summary.finished} of {summary.total} · {summary.errors}{' '}
            {summary.errors === 1 ? 'error' : 'errors'} · {Math.round(summary.tokensPerSecond)} tokens/s
            {waiting > 0 ? ` · rate limited, resuming in ${waiting} s` : ''}
            {!running && progress?.finishedAt ? ' · finished' : ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}

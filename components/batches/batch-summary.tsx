'use client';

import type { Batch } from '@/lib/client/batches-api';

const when = (seconds: number | null | undefined) =>
  seconds
    ? new Date(seconds * 1000).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : '—';

/** One batch as Groq reports it: id, status, progress, dates and errors. */
export function BatchSummary({ batch }: { batch: Batch }) {
  const counts = batch.request_counts;
  const done = counts ? counts.completed + counts.failed : 0;
  const errors = (batch.errors?.data ?? [])
    .slice(0, 5)
    .map((e, n) => ({ ...e, id: `${batch.id}-error-${n}` }));
  return (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-mono text-xs">{batch.id}</span>
        <span className="rounded bg-subtle px-1.5 py-0.5 text-xs font-medium">{batch.status}</span>
        <span className="text-xs text-muted">window {batch.completion_window}</span>
      </p>
      {counts && counts.total > 0 ? (
        <div className="flex items-center gap-2">
          <progress
            aria-label={`Progress of ${batch.id}`}
            max={counts.total}
            value={done}
            className="h-2 w-40 accent-groq-strong"
          />
          <span className="text-xs tabular-nums">
            {done} of {counts.total} · {counts.failed} failed
          </span>
        </div>
      ) : null}
      <p className="text-xs text-muted">
        Created {when(batch.created_at)} · expires {when(batch.expires_at)}
      </p>
      {errors.length > 0 ? (
        <ul className="text-xs text-red-800 dark:text-red-200">
          {errors.map((e) => (
            <li key={e.id}>
              {e.line ? `Line ${e.line}: ` : ''}
              {e.message ?? e.code}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import { formatLatency, type GradeSummary } from '@/lib/eval/summary';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/**
 * The results header's grade summary: "7/10 passed" (grading errors apart), the pass rate of each
 * model when several are compared, and latency p50/p90.
 */
export function PassSummary({
  summary,
  modelName = (id) => id,
}: {
  summary: GradeSummary;
  modelName?: (id: string) => string;
}) {
  return (
    <section aria-label="Grades" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <p className="font-medium">{summary.label}</p>
      {summary.perModel.length > 1 ? (
        <ul aria-label="Pass rate per model" className="flex flex-wrap gap-x-3 text-fg-soft">
          {summary.perModel.map((m) => (
            <li key={m.model}>
              {modelName(m.model)}: {m.passed}/{m.graded} ({percent(m.rate)})
            </li>
          ))}
        </ul>
      ) : null}
      {summary.latency ? (
        <p className="tabular-nums text-muted">
          Latency p50 {formatLatency(summary.latency.p50)} · p90 {formatLatency(summary.latency.p90)}
        </p>
      ) : null}
    </section>
  );
}

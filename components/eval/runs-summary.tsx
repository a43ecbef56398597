import { formatLatency, type RunsSummary, type Spread, seedExpectation } from '@/lib/eval/summary';

const tokS = (n: number) => `${Math.round(n)} tok/s`;

function SpreadRow({
  label,
  spread,
  format,
}: {
  label: string;
  spread: Spread;
  format: (n: number) => string;
}) {
  return (
    <div className="flex gap-2">
      <dt className="text-muted">{label}</dt>
      <dd className="tabular-nums">
        min {format(spread.min)} · median {format(spread.median)} · max {format(spread.max)}
      </dd>
    </div>
  );
}

/** Run N times: "3 runs · 2 distinct", latency and tok/s min/median/max, and what the seed implies. */
export function RunsSummaryView({ summary, seed }: { summary: RunsSummary; seed?: number | null }) {
  const expectation = seedExpectation(seed, summary);
  const mismatch = expectation.shouldMatch && summary.distinct > 1;
  return (
    <section aria-label="Runs" className="flex flex-col gap-1 text-sm">
      <p className="font-medium">{summary.label}</p>
      {summary.latency || summary.tokensPerSecond ? (
        <dl className="flex flex-col gap-0.5 text-xs">
          {summary.latency ? (
            <SpreadRow label="Latency" spread={summary.latency} format={formatLatency} />
          ) : null}
          {summary.tokensPerSecond ? (
            <SpreadRow label="Speed" spread={summary.tokensPerSecond} format={tokS} />
          ) : null}
        </dl>
      ) : null}
      <p className={`text-xs ${mismatch ? 'text-amber-800 dark:text-amber-200' : 'text-muted'}`}>
        {expectation.message}
      </p>
    </section>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { StatsList } from '@/components/ui/stats-list';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { formatMs, formatTokensPerSecond, type RankedPane, raceStats, rankPanes } from '@/lib/store/race';
import { selectPaneMessages } from '@/lib/store/selectors';

/** Pane `pane`'s latest answer (what its race figures describe). */
function latestAnswer(s: PlaygroundState, pane: number) {
  return selectPaneMessages(s, pane).findLast((m) => m.answer !== undefined)?.answer;
}

/** A clock that ticks while `running` (for live totals), still otherwise. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/** One pane's live race figures: time to first token, tokens/s, output tokens, total time. */
export function PaneRaceStats({ pane }: { pane: number }) {
  const answer = usePlaygroundStore((s) => latestAnswer(s, pane));
  const now = useNow(answer?.status === 'streaming');
  if (!answer) return null;
  const stats = raceStats(answer, now);
  return (
    <StatsList
      label={`Pane ${pane + 1} race`}
      items={[
        ['Time to first token', formatMs(stats.ttftMs)],
        ['Tokens/s', formatTokensPerSecond(stats.tokensPerSecond)],
        ['Output tokens', stats.outputTokens === undefined ? '—' : String(stats.outputTokens)],
        ['Total time', formatMs(stats.totalMs)],
      ]}
      className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs tabular-nums text-fg-soft"
    />
  );
}

function Ranking({
  title,
  ranked,
  format,
  unit,
}: {
  title: string;
  ranked: RankedPane[];
  format: (v: number) => string;
  unit: string;
}) {
  return (
    <div className="min-w-0">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h3>
      <ol className="text-sm tabular-nums">
        {ranked.map((r, i) => (
          <li key={r.pane}>
            {i + 1}. Pane {r.pane + 1} <span className="font-mono text-xs">{r.model}</span> —{' '}
            {format(r.value)}
            {unit}
            {i === 0
              ? ' (fastest)'
              : r.ratio.toFixed(1) === '1.0'
                ? ' (tied)'
                : ` (${r.ratio.toFixed(1)}× slower)`}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Once every pane has finished: the panes ranked by tokens/s and by total time. */
export function RaceSummary() {
  const key = usePlaygroundStore((s) => {
    if (!s.compare) return '';
    const answers = s.panes.map((_, pane) => latestAnswer(s, pane));
    if (answers.some((a) => !a || a.status === 'streaming')) return '';
    // A race is one answer per pane from its own request: a pane still showing pane 1's copied answer
    // (Compare opened after a Submit) has nothing to race yet.
    const runs = new Set(answers.map((a) => a?.requestId ?? a?.completionId ?? a));
    if (runs.size < answers.length) return '';
    return JSON.stringify(
      answers.map((a, pane) => ({ pane, model: a?.model ?? '', ...(a ? raceStats(a, Date.now()) : {}) })),
    );
  });
  if (key === '') return null;
  const entries = JSON.parse(key) as {
    pane: number;
    model: string;
    tokensPerSecond?: number;
    totalMs?: number;
  }[];
  const speed = rankPanes(
    entries.map((e) => ({ pane: e.pane, model: e.model, value: e.tokensPerSecond })),
    true,
  );
  const time = rankPanes(
    entries.map((e) => ({ pane: e.pane, model: e.model, value: e.totalMs })),
    false,
  );
  if (speed.length === 0 && time.length === 0) return null;
  return (
    <section
      aria-label="Race summary"
      className="grid gap-3 rounded-md border border-divider px-3 py-2 sm:grid-cols-2"
    >
      <Ranking title="By tokens/s" ranked={speed} format={formatTokensPerSecond} unit=" tokens/s" />
      <Ranking title="By total time" ranked={time} format={formatMs} unit="" />
    </section>
  );
}

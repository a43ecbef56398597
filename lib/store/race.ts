/**
 * The race between panes: each answer's time to first token, tokens/s, output tokens and total time
 * (live while it streams), and the ranking once every pane has finished. Pure.
 */
import type { AnswerMeta } from './conversation-slice';

export interface RaceStats {
  ttftMs?: number;
  tokensPerSecond?: number;
  outputTokens?: number;
  totalMs?: number;
}

/**
 * Live figures come from the browser (deltas counted since the first token); a finished answer uses
 * Groq's own usage (completion tokens over completion time) when it has one.
 */
export function raceStats(answer: AnswerMeta, now: number): RaceStats {
  const stats: RaceStats = {};
  // A shared answer's times are relative to a send at 0 (lib/share/apply.ts), so 0 is a real start.
  if (answer.firstTokenAt !== undefined) stats.ttftMs = answer.firstTokenAt - answer.sentAt;
  const usage = answer.usage;
  stats.outputTokens = usage?.completion_tokens ?? answer.streamedTokens;
  if (usage?.completion_time && usage.completion_time > 0) {
    stats.tokensPerSecond = usage.completion_tokens / usage.completion_time;
  } else if (answer.firstTokenAt !== undefined && answer.streamedTokens) {
    const end = answer.status === 'streaming' ? now : (answer.finishedAt ?? now);
    const seconds = (end - answer.firstTokenAt) / 1000;
    if (seconds > 0) stats.tokensPerSecond = answer.streamedTokens / seconds;
  }
  const end = answer.status === 'streaming' ? now : answer.finishedAt;
  if (end !== undefined) stats.totalMs = end - answer.sentAt;
  return stats;
}

export interface RankedPane {
  pane: number;
  model: string;
  value: number;
  /** This pane's value over the best one (1 for the winner). */
  ratio: number;
}

/** Panes ranked by a figure, best first; `higherIsBetter` for tokens/s, not for time. */
export function rankPanes(
  entries: readonly { pane: number; model: string; value: number | undefined }[],
  higherIsBetter: boolean,
): RankedPane[] {
  const known = entries.filter(
    (e): e is { pane: number; model: string; value: number } => e.value !== undefined && e.value > 0,
  );
  const sorted = [...known].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const best = sorted[0]?.value ?? 1;
  return sorted.map((e) => ({ ...e, ratio: higherIsBetter ? best / e.value : e.value / best }));
}

export function formatTokensPerSecond(value: number | undefined): string {
  return value === undefined ? '—' : `${Math.round(value)}`;
}

export function formatMs(value: number | undefined): string {
  if (value === undefined) return '—';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CostLabel } from '@/components/eval/cost-label';
import { PassSummary } from '@/components/eval/pass-summary';
import { RunsSummaryView } from '@/components/eval/runs-summary';
import { TokenCount } from '@/components/eval/token-count';
import { totalCost } from '@/lib/eval/cost';
import type { Grade } from '@/lib/eval/grade';
import { formatLatency, summarizeGrades, summarizeRuns } from '@/lib/eval/summary';

afterEach(cleanup);

const P: Grade = { status: 'pass', reason: '' };
const F: Grade = { status: 'fail', reason: '' };

describe('PassSummary', () => {
  it('shows "1/2 passed" and latency p50/p90 for one model', () => {
    render(
      <PassSummary
        summary={summarizeGrades([
          { model: 'm', grade: P, latencyMs: 420 },
          { model: 'm', grade: F, latencyMs: 1240 },
        ])}
      />,
    );
    const region = screen.getByRole('region', { name: 'Grades' });
    expect(region.textContent).toContain('1/2 passed');
    expect(region.textContent).toContain('Latency p50 420 ms · p90 1.24 s');
    expect(screen.queryByRole('list', { name: 'Pass rate per model' })).toBeNull();
  });

  it('lists the pass rate of each compared model by name', () => {
    render(
      <PassSummary
        modelName={(id) => (id === 'a' ? 'GPT-OSS 120B' : 'Qwen3.8 27B')}
        summary={summarizeGrades([
          { model: 'a', grade: P },
          { model: 'a', grade: P },
          { model: 'b', grade: F },
          { model: 'b', grade: { status: 'error', code: 'invalid_regex', reason: '' } },
        ])}
      />,
    );
    expect(screen.getByText('2/3 passed · 1 grading error')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['GPT-OSS 120B: 2/2 (100%)', 'Qwen3.8 27B: 0/1 (0%)']);
  });

  it('formats latency in ms below a second', () => {
    expect(formatLatency(999.4)).toBe('999 ms');
    expect(formatLatency(1500)).toBe('1.50 s');
  });
});

describe('TokenCount', () => {
  const count = {
    tokens: 1_234,
    exact: true,
    method: 'o200k_harmony',
    contextWindow: 131_072,
    share: 0.0094,
  };

  it('shows the exact count and the share of the window', () => {
    render(<TokenCount count={count} />);
    expect(screen.getByText('1,234 tokens · < 1% of 131,072')).toBeTruthy();
  });

  it('marks an estimate with ≈ and the method', () => {
    render(
      <TokenCount
        count={{ ...count, exact: false, method: 'o200k estimate', share: null, contextWindow: null }}
      />,
    );
    expect(screen.getByText('≈ 1,234 tokens (o200k estimate)')).toBeTruthy();
  });

  it('says when the prompt is longer than the window, and while counting', () => {
    const { rerender } = render(<TokenCount count={{ ...count, tokens: 200_000, share: 1.5 }} />);
    expect(
      screen.getByText('200,000 tokens · > 100% of 131,072 — longer than the context window'),
    ).toBeTruthy();
    rerender(<TokenCount count={null} />);
    expect(screen.getByText('Counting tokens…')).toBeTruthy();
  });
});

describe('CostLabel', () => {
  it('shows dollars, or "price unknown" and never $0 for an unknown price', () => {
    const { rerender } = render(<CostLabel dollars={0.0012} />);
    expect(screen.getByText('$0.0012')).toBeTruthy();
    rerender(<CostLabel dollars={null} />);
    expect(screen.getByText('price unknown')).toBeTruthy();
    rerender(<CostLabel label="Judge" dollars={0.000123} />);
    expect(screen.getByText('Judge: $0.000123')).toBeTruthy();
  });

  it('says when part of a total is unknown, and names the price date', () => {
    render(<CostLabel label="Total" total={totalCost([0.001, null, 0.0024])} />);
    const label = screen.getByText('Total: ≥ $0.0034 (1 of 3 prices unknown)');
    expect(label.getAttribute('title')).toMatch(/^Prices as of \d{4}-\d{2}, from /);
  });
});

describe('RunsSummaryView', () => {
  const runs = summarizeRuns([
    { answer: 'Paris', latencyMs: 300, tokensPerSecond: 480 },
    { answer: 'Paris ', latencyMs: 200, tokensPerSecond: 510 },
    { answer: 'Lyon', latencyMs: 1200, tokensPerSecond: 495.4 },
  ]);

  it('says how many answers are distinct, with latency and speed spreads', () => {
    render(<RunsSummaryView summary={runs} />);
    const region = screen.getByRole('region', { name: 'Runs' });
    expect(screen.getByText('3 runs · 2 distinct')).toBeTruthy();
    expect(region.textContent).toContain('Latencymin 200 ms · median 300 ms · max 1.20 s');
    expect(region.textContent).toContain('Speedmin 480 tok/s · median 495 tok/s · max 510 tok/s');
    expect(screen.getByText('No seed is set, so answers may differ from run to run.')).toBeTruthy();
  });

  it('points out answers that differ despite a fixed seed', () => {
    render(<RunsSummaryView summary={runs} seed={7} />);
    expect(
      screen.getByText(/^Seed 7 is fixed, so the answers should match, but 3 runs gave 2 distinct/),
    ).toBeTruthy();
  });
});

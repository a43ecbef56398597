// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WordDiffView } from '@/components/eval/word-diff-view';

afterEach(cleanup);

describe('WordDiffView', () => {
  it('marks removed and added words as deletions and insertions a screen reader names', () => {
    render(
      <WordDiffView before="The capital is Lyon." after="The capital is Paris." label="Run 1 vs Run 2" />,
    );
    const region = screen.getByRole('region', { name: 'Run 1 vs Run 2' });
    expect(region.textContent).toContain('1 word added, 1 removed');
    const removed = screen.getByRole('deletion');
    const added = screen.getByRole('insertion');
    expect(removed.textContent).toBe('removed: Lyon');
    expect(added.textContent).toBe('added: Paris');
    expect(removed.querySelector('.sr-only')?.textContent).toBe('removed: ');
    expect(added.querySelector('.sr-only')?.textContent).toBe('added: ');
  });

  it('shows identical answers with no marks', () => {
    render(<WordDiffView before="same" after="same" />);
    expect(screen.getByRole('region', { name: 'Differences' }).textContent).toBe('No differencessame');
    expect(screen.queryByRole('insertion')).toBeNull();
    expect(screen.queryByRole('deletion')).toBeNull();
  });

  it('updates when a new answer arrives', () => {
    const { rerender } = render(<WordDiffView before="a" after="a" />);
    rerender(<WordDiffView before="a" after="a b" />);
    expect(screen.getByRole('insertion').textContent).toBe('added:  b');
  });
});

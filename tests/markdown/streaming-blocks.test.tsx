// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';
import { splitBlocks } from '@/lib/markdown/block-splitter';
import { MIXED_DOC } from './fixtures';

afterEach(cleanup);

/** Counts renders per block index through the `onBlockRender` hook. */
function renderCounter() {
  const counts: number[] = [];
  const onBlockRender = (index: number) => {
    counts[index] = (counts[index] ?? 0) + 1;
  };
  return { counts, onBlockRender };
}

describe('streaming blocks', () => {
  test('finished blocks do not re-render while the last block grows', () => {
    const { counts, onBlockRender } = renderCounter();
    let text = `${MIXED_DOC}\nThe last paragraph grows`;
    const finished = splitBlocks(text).length - 1;
    const { rerender } = render(<MarkdownMessage text={text} streaming onBlockRender={onBlockRender} />);
    const before = counts.slice(0, finished);
    expect(before.every((count) => count === 1)).toBe(true);

    for (let i = 0; i < 50; i++) {
      text += ` w${i}`;
      rerender(<MarkdownMessage text={text} streaming onBlockRender={onBlockRender} />);
    }
    expect(counts.slice(0, finished)).toEqual(before);
    expect(counts[finished]).toBe(51);
  });

  test('a block stops re-rendering once it is finished (fed char by char)', () => {
    const { counts, onBlockRender } = renderCounter();
    const { rerender } = render(<MarkdownMessage text="" streaming onBlockRender={onBlockRender} />);
    const values: Array<Set<string>> = [];
    for (let end = 1; end <= MIXED_DOC.length; end++) {
      const text = MIXED_DOC.slice(0, end);
      rerender(<MarkdownMessage text={text} streaming onBlockRender={onBlockRender} />);
      splitBlocks(text).forEach((block, index) => {
        values[index] ??= new Set();
        values[index].add(block);
      });
    }
    // A block renders exactly once per distinct source it had, never because a later block changed.
    expect(counts).toEqual(values.map((set) => set.size));
    // Earlier blocks changed only while they were among the last ones: far fewer renders than updates.
    expect(counts[0]).toBeLessThan(30);
  });

  test('streamed output matches a one-shot render, and finishing re-renders nothing', () => {
    const { counts, onBlockRender } = renderCounter();
    const { container, rerender } = render(
      <MarkdownMessage text="" streaming onBlockRender={onBlockRender} />,
    );
    for (let end = 0; end <= MIXED_DOC.length; end += 7) {
      rerender(<MarkdownMessage text={MIXED_DOC.slice(0, end)} streaming onBlockRender={onBlockRender} />);
    }
    rerender(<MarkdownMessage text={MIXED_DOC} streaming onBlockRender={onBlockRender} />);
    const streamed = container.innerHTML;
    const snapshot = [...counts];
    rerender(<MarkdownMessage text={MIXED_DOC} streaming={false} onBlockRender={onBlockRender} />);
    expect(counts).toEqual(snapshot);

    const oneShot = render(<MarkdownMessage text={MIXED_DOC} />);
    expect(oneShot.container.innerHTML.replace(' aria-busy="true"', '')).toBe(
      streamed.replace(' aria-busy="true"', ''),
    );
  });

  test('replacing the text (regenerate) renders the new answer', () => {
    const { container, rerender } = render(<MarkdownMessage text={MIXED_DOC} streaming />);
    rerender(<MarkdownMessage text="# Fresh" streaming />);
    expect(container.querySelectorAll('.markdown > *')).toHaveLength(1);
    expect(container.querySelector('h1')?.textContent).toBe('Fresh');
  });
});

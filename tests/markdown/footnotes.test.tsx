// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';

afterEach(cleanup);

describe('footnotes split across blocks', () => {
  test('references and definitions are kept as readable text', () => {
    const text =
      'Groq runs on LPUs[^lpu] and is fast[^2].\n\n[^lpu]: Language Processing Units.\n\n[^2]: See the benchmarks.\n';
    const { container } = render(<MarkdownMessage text={text} />);
    expect(screen.getByText('Groq runs on LPUs[^lpu] and is fast[^2].')).toBeTruthy();
    expect(screen.getByText('[^lpu]: Language Processing Units.')).toBeTruthy();
    expect(screen.getByText('[^2]: See the benchmarks.')).toBeTruthy();
    expect(container.querySelector('a, sup, section')).toBeNull();
  });

  test('definition content is never dropped', () => {
    // marked (the block splitter) knows no footnotes: the indented continuation becomes its own
    // block (rendered as code), but every word stays visible.
    const { container } = render(
      <MarkdownMessage text={'[^n]: First line\ncontinued.\n\n    Second paragraph.\n'} />,
    );
    expect(container.querySelector('p')?.textContent).toBe('[^n]: First line\ncontinued.');
    expect(container.textContent).toContain('Second paragraph.');
  });
});

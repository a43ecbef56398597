// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';

afterEach(cleanup);

const paragraph = (n: number) => `Paragraph ${n} **bold ${n}** ${'word '.repeat(150)}`;
const TEXT = [paragraph(1), paragraph(2), '## Heading three', paragraph(4)].join('\n\n');

describe('a folded preview (previewChars)', () => {
  test('draws only the leading whole blocks up to about the limit, markup intact', () => {
    const { container } = render(<MarkdownMessage text={TEXT} previewChars={1_000} />);
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(screen.getByText('bold 2').tagName).toBe('STRONG');
    expect(screen.queryByRole('heading', { name: 'Heading three' })).toBeNull();
    expect(container.textContent).not.toContain('**');
  });

  test('a long answer is lexed only in its head, and a block cut by the head is never drawn broken', () => {
    const text = `${'x '.repeat(100)}\n\n${'y '.repeat(195)}**bold words here** end`;
    // The head (600 characters) ends inside the bold span of the second block: that block is dropped.
    const { container } = render(<MarkdownMessage text={text} previewChars={300} />);
    expect(container.querySelectorAll('p')).toHaveLength(1);
    expect(container.textContent).not.toContain('**');
  });

  test('always draws the first block, however long', () => {
    const { container } = render(<MarkdownMessage text={TEXT} previewChars={10} />);
    expect(container.querySelectorAll('p')).toHaveLength(1);
  });

  test('without a limit (Expand) the whole answer is drawn', () => {
    const { container } = render(<MarkdownMessage text={TEXT} />);
    expect(container.querySelectorAll('p')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'Heading three' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/lazy-markdown';

afterEach(cleanup);

describe('markdown loaded on demand', () => {
  test('shows the text without markdown syntax until the pipeline arrives, then renders markdown', async () => {
    const text = '# Title\n\nSome **bold**\n  indented line';
    const { container } = render(<MarkdownMessage text={text} streaming />);
    // Never blank while the pipeline loads: the words, whitespace kept, no `#` or `**`.
    const plain = container.querySelector('.markdown');
    if (plain?.querySelector('h1') === null) {
      expect(plain.textContent).toBe('Title\n\nSome bold\n  indented line');
      expect(plain.className).toContain('whitespace-pre-wrap');
    }
    expect((await screen.findByRole('heading', { name: 'Title' })).tagName).toBe('H1');
    expect(screen.getByText('bold').tagName).toBe('STRONG');
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';

afterEach(cleanup);

const CODE = 'const a = 1;\nconst b = "<b>&amp;</b>";\n\nfunction f() {\n  return a + b;\n}';

describe('incomplete code block', () => {
  test('renders the code block before the closing fence arrives, highlighted once it is closed', async () => {
    const head = 'Here is the code:\n\n```ts\n';
    const { container, rerender } = render(<MarkdownMessage text={`${head}const a`} streaming />);
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy();
    expect(container.querySelector('pre code')?.textContent).toBe('const a\n');

    // Grow the fence line by line, including a blank line that would end a paragraph.
    for (let end = 'const a'.length; end <= CODE.length; end += 5) {
      rerender(<MarkdownMessage text={head + CODE.slice(0, end)} streaming />);
      expect(container.querySelectorAll('pre')).toHaveLength(1);
      expect(screen.getByText('ts')).toBeTruthy();
      // …plain while it grows: no re-highlighting per frame.
      expect(container.querySelector('pre code.hljs')).toBeNull();
    }

    rerender(<MarkdownMessage text={`${head}${CODE}\n\`\`\`\n\nDone.`} streaming />);
    expect(container.querySelectorAll('pre')).toHaveLength(1);
    expect(screen.getByText('Done.').tagName).toBe('P');
    // The code is highlighted once the block is finished (its grammar is fetched on first use).
    await waitFor(() => expect(container.querySelector('pre code.hljs .hljs-keyword')).toBeTruthy());
    expect(container.querySelector('pre code')?.textContent).toBe(`${CODE}\n`);
  });

  test('the copy button copies the raw code, not highlighted HTML', async () => {
    const user = userEvent.setup();
    render(<MarkdownMessage text={`\`\`\`ts\n${CODE}\n\`\`\`\n`} />);
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe(CODE);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  test('the copy button copies the partial code while streaming', async () => {
    const user = userEvent.setup();
    render(<MarkdownMessage text={'```python\nprint("hi")\nfor x in'} streaming />);
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe('print("hi")\nfor x in');
  });

  test('unknown and missing languages render as plain code blocks', () => {
    const { container } = render(
      <MarkdownMessage text={'```no-such-lang\nx := 1\n```\n\n```\nplain\n```\n\n    indented\n'} />,
    );
    const blocks = container.querySelectorAll('pre');
    expect(blocks).toHaveLength(3);
    expect(screen.getByText('no-such-lang')).toBeTruthy();
    expect(screen.getAllByText('text')).toHaveLength(2);
    expect(blocks[0]?.textContent).toBe('x := 1\n');
  });

  test('inline code is styled as inline, not as a block', () => {
    const { container } = render(<MarkdownMessage text="Use `npm test` here." />);
    const code = screen.getByText('npm test');
    expect(code.tagName).toBe('CODE');
    expect(code.className).toContain('rounded');
    expect(container.querySelector('pre')).toBeNull();
    expect(within(container).queryByRole('button')).toBeNull();
  });
});

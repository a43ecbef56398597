// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';

afterEach(cleanup);

const TABLE = [
  '| Model | Context | Speed |',
  '| :---- | :-----: | ----: |',
  '| llama-3.3-70b | 128k | **fast** |',
  '| qwen3-32b | 32k | `1,200 t/s` |',
].join('\n');

describe('GFM tables', () => {
  test('render as a table with header and body cells', () => {
    render(<MarkdownMessage text={`Benchmarks:\n\n${TABLE}\n`} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Model', 'Context', 'Speed']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole('cell', { name: 'llama-3.3-70b' })).toBeTruthy();
    // Inline markdown inside cells.
    expect(within(table).getByText('fast').tagName).toBe('STRONG');
    expect(within(table).getByText('1,200 t/s').tagName).toBe('CODE');
  });

  test('have borders, column alignment and a horizontally scrollable wrapper', () => {
    render(<MarkdownMessage text={TABLE} />);
    const table = screen.getByRole('table');
    expect(table.parentElement?.className).toContain('overflow-x-auto');
    expect(table.className).toContain('border');
    const [model, context, speed] = screen.getAllByRole('columnheader');
    expect(model?.className).toContain('border');
    expect(model?.style.textAlign).toBe('left');
    expect(context?.style.textAlign).toBe('center');
    expect(speed?.style.textAlign).toBe('right');
  });

  test('a streaming table turns into a table once its delimiter row arrives', () => {
    const { rerender } = render(<MarkdownMessage text="| Model | Speed |\n" streaming />);
    expect(screen.queryByRole('table')).toBeNull();
    rerender(<MarkdownMessage text={'| Model | Speed |\n| --- | --- |\n'} streaming />);
    expect(screen.getByRole('table')).toBeTruthy();
    rerender(<MarkdownMessage text={'| Model | Speed |\n| --- | --- |\n| llama | fa'} streaming />);
    expect(screen.getByRole('cell', { name: 'fa' })).toBeTruthy();
    rerender(
      <MarkdownMessage text={'| Model | Speed |\n| --- | --- |\n| llama | fast |\n\nAfter.'} streaming />,
    );
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('After.').tagName).toBe('P');
  });
});

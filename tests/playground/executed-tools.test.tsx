// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadMarkdown } from '@/components/markdown/lazy-markdown';
import { ExecutedTools } from '@/components/playground/executed-tools';
import type { ExecutedTool } from '@/lib/stream/events';

afterEach(cleanup);
// Answers load the markdown pipeline on first use (plain text until then): have it loaded.
beforeAll(() => preloadMarkdown());

const search: ExecutedTool = {
  index: 0,
  type: 'browser_search',
  arguments: '{"query":"groq lpu speed"}',
  search_results: {
    results: [
      { title: 'Groq LPU', url: 'https://groq.com/lpu', content: 'The LPU runs models fast.', score: 0.912 },
      { title: '<img src=x onerror=alert(1)>Click me', url: 'javascript:alert(1)', content: '<b>bold</b>' },
      { title: 'Data page', url: 'data:text/html,<script>alert(2)</script>' },
    ],
  },
};

const code: ExecutedTool = {
  index: 1,
  type: 'code_interpreter',
  arguments: JSON.stringify({ code: 'print(6 * 7)' }),
  code_results: [
    { text: '42\n' },
    { png: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC' },
    { png: 'javascript:alert(1)' },
    {
      charts: [
        {
          type: 'bar',
          title: 'Sales',
          elements: [
            { label: 'Q1', value: 3 },
            { label: 'Q2', value: 5 },
          ],
        },
      ],
    },
  ],
};

describe('ExecutedTools', () => {
  it('lists each tool in order, collapsed, with a one-line summary', () => {
    const { container } = render(<ExecutedTools tools={[search, code]} />);
    const summaries = [...container.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual(['Browser search: groq lpu speed', 'Code execution: print(6 * 7)']);
    for (const details of container.querySelectorAll('details')) expect(details.open).toBe(false);
  });

  it('shows search results as new-tab links with site, snippet and score', () => {
    render(<ExecutedTools tools={[search]} />);
    const link = screen.getByRole('link', { name: 'Groq LPU' });
    expect(link.getAttribute('href')).toBe('https://groq.com/lpu');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('groq.com')).toBeTruthy();
    expect(within(item).getByText('The LPU runs models fast.')).toBeTruthy();
    expect(within(item).getByText('score 0.91')).toBeTruthy();
  });

  it('keeps hostile results inert: javascript: and data: URLs are not links, HTML in titles is text', () => {
    const { container } = render(<ExecutedTools tools={[search]} />);
    expect(screen.getAllByRole('link', { hidden: true })).toHaveLength(1);
    expect(screen.getByText('<img src=x onerror=alert(1)>Click me')).toBeTruthy();
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.innerHTML).not.toContain('href="javascript');
    expect(container.innerHTML).not.toContain('href="data');
  });

  it('shows the code highlighted with Copy code, its output, its PNG and its chart as SVG', () => {
    const { container } = render(<ExecutedTools tools={[code]} />);
    expect(container.querySelector('pre code.language-python')?.textContent).toContain('print(6 * 7)');
    expect(screen.getByRole('button', { name: 'Copy code', hidden: true })).toBeTruthy();
    expect(screen.getByText('42', { exact: false, selector: 'pre' })).toBeTruthy();
    const images = [...container.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(screen.getByText('An image output was not valid base64 PNG data.')).toBeTruthy();
    const chart = screen.getByRole('img', { name: 'Chart: Sales', hidden: true });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(container.textContent).not.toContain('"elements"');
  });

  it('shows any other tool as its formatted arguments and output', () => {
    render(
      <ExecutedTools tools={[{ index: 0, type: 'mcp_call', arguments: '{"a":1}', output: '<i>done</i>' }]} />,
    );
    expect(screen.getByText('mcp_call: {"a":1}')).toBeTruthy();
    expect(screen.getByText(/"a": 1/)).toBeTruthy();
    expect(screen.getByText('<i>done</i>')).toBeTruthy();
  });
});

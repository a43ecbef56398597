// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';

afterEach(cleanup);

const ALLOWED_HREF = /^(https?:|mailto:)/;

function expectOnlySafeAnchors(container: HTMLElement) {
  for (const anchor of container.querySelectorAll('a')) {
    expect(anchor.getAttribute('href') ?? '').toMatch(ALLOWED_HREF);
  }
}

function expectNoActiveElements(container: HTMLElement) {
  expect(container.querySelector('script, img, iframe, object, embed, style, form, svg')).toBeNull();
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
  }
}

describe('unsafe model output', () => {
  test('raw HTML is shown as text, never rendered as elements', () => {
    const text = [
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror=alert(1)>',
      '',
      'Inline <img src=y onerror=alert(2)> and <a href="javascript:alert(3)">click</a> here.',
      '',
      '<iframe src="https://evil.example"></iframe>',
      '',
      '<div onclick="alert(4)"><style>body{display:none}</style></div>',
    ].join('\n');
    const { container } = render(<MarkdownMessage text={text} />);
    expectNoActiveElements(container);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<a href="javascript:alert(3)">click</a>');
    expect(container.textContent).toContain('<iframe src="https://evil.example"></iframe>');
  });

  test('links with dangerous or relative URLs render as plain text', () => {
    const text = [
      '[x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox(1))',
      '[upper](JAVASCRIPT:alert(1)) [entity](jav&#x61;script:alert(1)) [spaced](<java script:alert(1)>)',
      '[rel](/relative/path) [hash](#top) [proto](//evil.example) [file](file:///etc/passwd)',
      '',
      '[ref]: javascript:alert(5)',
      '',
      'A [reference link][ref] too.',
    ].join('\n');
    const { container } = render(<MarkdownMessage text={text} />);
    expect(container.querySelector('a')).toBeNull();
    for (const label of ['x', 'y', 'v', 'upper', 'entity', 'spaced', 'rel', 'hash', 'proto', 'file']) {
      expect(screen.queryByRole('link', { name: label })).toBeNull();
      expect(screen.getByText(label)).toBeTruthy();
    }
    expectNoActiveElements(container);
  });

  test('images never load: http(s) images become links, others plain alt text', () => {
    const text = [
      '![cat](https://example.com/cat.png) ![pixel](http://tracker.example/p.gif)',
      '![bad](javascript:alert(1)) ![inline](data:image/png;base64,AAAA) ![](https://example.com/no-alt.png)',
    ].join('\n');
    const { container } = render(<MarkdownMessage text={text} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'cat' }).getAttribute('href')).toBe(
      'https://example.com/cat.png',
    );
    expect(screen.getByRole('link', { name: 'pixel' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://example.com/no-alt.png' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'inline' })).toBeNull();
    expect(screen.getByText('bad')).toBeTruthy();
    expect(screen.getByText('inline')).toBeTruthy();
    expectOnlySafeAnchors(container);
  });

  test('unsafe content stays inert while streaming in partial chunks', () => {
    const text =
      'Try <script>alert(1)</script> or [click](javascript:alert(2)) ![i](x.png)\n\n<img src=x onerror=alert(3)>';
    const { container, rerender } = render(<MarkdownMessage text="" streaming />);
    for (let end = 1; end <= text.length; end++) {
      rerender(<MarkdownMessage text={text.slice(0, end)} streaming />);
      expectNoActiveElements(container);
      expectOnlySafeAnchors(container);
    }
    expect(screen.getByText('click')).toBeTruthy();
  });
});

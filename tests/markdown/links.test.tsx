// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';
import { IMAGE_LINK_PROTOCOLS, safeUrl } from '@/lib/markdown/safe-url';

afterEach(cleanup);

describe('links', () => {
  test('http(s) links open in a new tab without opener or referrer', () => {
    render(<MarkdownMessage text="See [the docs](https://console.groq.com/docs 'Groq docs') for more." />);
    const link = screen.getByRole('link', { name: 'the docs' });
    expect(link.getAttribute('href')).toBe('https://console.groq.com/docs');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('title')).toBe('Groq docs');
  });

  test('mailto links and GFM autolinks become anchors', () => {
    render(
      <MarkdownMessage text="Mail [support](mailto:help@example.com), visit https://example.com/a?b=1 or www.example.org, or <https://groq.com>." />,
    );
    expect(screen.getByRole('link', { name: 'support' }).getAttribute('href')).toBe(
      'mailto:help@example.com',
    );
    expect(screen.getByRole('link', { name: 'https://example.com/a?b=1' }).getAttribute('href')).toBe(
      'https://example.com/a?b=1',
    );
    expect(screen.getByRole('link', { name: 'www.example.org' }).getAttribute('href')).toBe(
      'http://www.example.org/',
    );
    expect(screen.getByRole('link', { name: 'https://groq.com' })).toBeTruthy();
  });

  test('relative and fragment links render as their text only', () => {
    const { container } = render(
      <MarkdownMessage text="Go [home](/) or [up](#top) or [file](./README.md)." />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('Go home or up or file.');
  });

  test('an image inside a link does not nest anchors', () => {
    const { container } = render(
      <MarkdownMessage text="[![Build status](https://ci.example/badge.svg)](https://ci.example/run)" />,
    );
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Build status' }).getAttribute('href')).toBe(
      'https://ci.example/run',
    );
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('safeUrl', () => {
  test('allows http, https and mailto and normalizes them', () => {
    expect(safeUrl('https://groq.com')).toBe('https://groq.com/');
    expect(safeUrl('HTTP://Example.com/x')).toBe('http://example.com/x');
    expect(safeUrl('mailto:a@b.test')).toBe('mailto:a@b.test');
  });

  test('rejects other schemes, obfuscated schemes and relative URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '/relative',
      '//evil.example',
      '#hash',
      '',
      undefined,
    ]) {
      expect(safeUrl(url), String(url)).toBeNull();
    }
  });

  test('images allow only http and https', () => {
    expect(safeUrl('mailto:a@b.test', IMAGE_LINK_PROTOCOLS)).toBeNull();
    expect(safeUrl('https://x.test/i.png', IMAGE_LINK_PROTOCOLS)).toBe('https://x.test/i.png');
  });
});

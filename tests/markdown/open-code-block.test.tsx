// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownMessage } from '@/components/markdown/markdown-message';

afterEach(cleanup);

const DOC =
  'Intro.\n\n```ts title\nconst a = 1;\n\n  indented();\n<b>&amp;</b>\n```\n\n~~~\nplain ~~\n~~~~\n';

describe('a growing code block read without a markdown parse', () => {
  test('shows the same code, language and markup as the parser at every length', () => {
    for (let end = 1; end <= DOC.length; end++) {
      const text = DOC.slice(0, end);
      const streamed = render(<MarkdownMessage text={text} streaming />);
      const parsed = render(<MarkdownMessage text={text} />);
      const shape = (root: HTMLElement) =>
        [...root.querySelectorAll('pre')].map((pre) => [
          pre.parentElement?.querySelector('span')?.textContent,
          pre.textContent,
        ]);
      expect(shape(streamed.container), JSON.stringify(text)).toEqual(shape(parsed.container));
      expect(streamed.container.textContent).toBe(parsed.container.textContent);
      streamed.unmount();
      parsed.unmount();
    }
  });
});

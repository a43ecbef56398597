import { describe, expect, test } from 'vitest';
import { markdownAsPlainText } from '@/lib/markdown/plain-text';

describe('markdown shown as plain text before the renderer loads', () => {
  test('headings, bold, italics and code spans keep their words and lose their syntax', () => {
    expect(markdownAsPlainText('# Key points\n\nSome **bold**, *soft* and `code` text.')).toBe(
      'Key points\n\nSome bold, soft and code text.',
    );
  });

  test('a table shows its cells without pipes or the --- rule', () => {
    const table = '| Aspect | Priority |\n| --- | :---: |\n| Speed | High |\n';
    const plain = markdownAsPlainText(table);
    expect(plain).not.toMatch(/\||---/);
    expect(plain).toBe('Aspect    Priority\nSpeed    High\n');
  });

  test('fences go and the code stays; a bold a stream has not closed yet loses its marker', () => {
    expect(markdownAsPlainText('```python\nprint(1)\n```\nStill **stream')).toBe('print(1)\nStill stream');
  });

  test('a thematic break and list markers are left alone (they read as text)', () => {
    expect(markdownAsPlainText('- one\n- two\n\n---\n\n3 * 4 = 12')).toBe(
      '- one\n- two\n\n---\n\n3 * 4 = 12',
    );
  });
});

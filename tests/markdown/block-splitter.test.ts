import { describe, expect, test } from 'vitest';
import {
  type BlockLexer,
  createBlockSplitter,
  lexBlockTokens,
  splitBlocks,
} from '@/lib/markdown/block-splitter';
import { MIXED_DOC, seeded } from './fixtures';

/** A lexer that records every source it is given. */
function recordingLexer() {
  const sources: string[] = [];
  const lex: BlockLexer = (src) => {
    sources.push(src);
    return lexBlockTokens(src);
  };
  return { lex, sources, total: () => sources.reduce((sum, src) => sum + src.length, 0) };
}

describe('splitBlocks', () => {
  test('splits a mixed document into one block per top-level construct', () => {
    const blocks = splitBlocks(MIXED_DOC);
    expect(blocks.map((block) => block.trimEnd().split('\n')[0])).toEqual([
      '# Streaming markdown',
      'A paragraph with **bold**, `inline code` and a [link](https://groq.com).',
      '## A list',
      '- first item',
      '1. one',
      '| Model | Tokens/s |',
      '```ts',
      '> A blockquote',
      'Setext heading',
      '***',
      'Final paragraph.',
    ]);
  });

  test('concatenated blocks reproduce the text (whitespace merged into the preceding block)', () => {
    expect(splitBlocks(MIXED_DOC).join('')).toBe(MIXED_DOC);
    expect(splitBlocks('\n\n  \nHello\n\nWorld\n').join('')).toBe('Hello\n\nWorld\n');
  });

  test('an unclosed code fence is one block up to the end', () => {
    const text = 'Intro\n\n```python\ndef f():\n\n    return 1\n\n# not a heading\n\n- not a list';
    const blocks = splitBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toBe('```python\ndef f():\n\n    return 1\n\n# not a heading\n\n- not a list');
  });

  test('whitespace-only text has no blocks; CRLF is normalized', () => {
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks(' \n\n\t\n')).toEqual([]);
    expect(splitBlocks('# A\r\n\r\nb\r\n')).toEqual(['# A\n\n', 'b\n']);
  });
});

describe('createBlockSplitter', () => {
  test('matches the non-incremental split when fed char by char', () => {
    const splitter = createBlockSplitter();
    for (let end = 0; end <= MIXED_DOC.length; end++) {
      const text = MIXED_DOC.slice(0, end);
      expect(splitter.split(text), JSON.stringify(text)).toEqual(splitBlocks(text));
    }
  });

  test('matches the non-incremental split when fed in random chunk sizes', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = seeded(seed);
      const splitter = createBlockSplitter();
      let end = 0;
      while (end < MIXED_DOC.length) {
        end = Math.min(MIXED_DOC.length, end + 1 + Math.floor(random() * 40));
        const text = MIXED_DOC.slice(0, end);
        expect(splitter.split(text), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(splitBlocks(text));
      }
    }
  });

  test('matches the non-incremental split on random documents (property check)', () => {
    const lines = [
      '# Head',
      'para text',
      'more *em*',
      '- item',
      '  - nested',
      '1. one',
      '   cont',
      '    indented',
      '```ts',
      '```',
      '~~~',
      '> quote',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '===',
      '---',
      '<div>',
      '</div>',
      '<pre>',
      '[ref]: https://x.test',
      '',
      '',
      '',
      '\t tab',
      '- [ ] task',
      '<!-- c',
      '-->',
    ];
    for (let seed = 1; seed <= 300; seed++) {
      const random = seeded(seed);
      const count = 3 + Math.floor(random() * 14);
      const doc = Array.from({ length: count }, () => lines[Math.floor(random() * lines.length)]).join('\n');
      const splitter = createBlockSplitter();
      let end = 0;
      while (end < doc.length) {
        end = Math.min(doc.length, end + 1 + Math.floor(random() * 6));
        const text = doc.slice(0, end);
        expect(splitter.split(text), JSON.stringify(text)).toEqual(splitBlocks(text));
      }
    }
  });

  test('keeps earlier blocks and only re-lexes from the second-to-last block', () => {
    const { lex, sources } = recordingLexer();
    const splitter = createBlockSplitter({ lex });
    let previous: string[] = [];
    for (let end = 1; end <= MIXED_DOC.length; end++) {
      const text = MIXED_DOC.slice(0, end);
      const blocks = splitter.split(text);
      const stable = Math.max(0, previous.length - 2);
      for (let i = 0; i < stable; i++) expect(blocks[i]).toBe(previous[i]);
      // The lexer only saw the tail starting at the second-to-last previous block.
      const lexed = sources.at(-1) ?? '';
      expect(text.endsWith(lexed)).toBe(true);
      expect(lexed.length).toBeLessThanOrEqual(previous.slice(-2).join('').length + 1);
      previous = blocks;
    }
  });

  test('returns the same array when the text is unchanged', () => {
    const splitter = createBlockSplitter();
    const first = splitter.split(MIXED_DOC);
    expect(splitter.split(MIXED_DOC)).toBe(first);
  });

  test('splits from scratch when the text is edited or shortened', () => {
    const { lex, sources } = recordingLexer();
    const splitter = createBlockSplitter({ lex });
    splitter.split(MIXED_DOC);
    const edited = MIXED_DOC.replace('# Streaming', '# Edited');
    expect(splitter.split(edited)).toEqual(splitBlocks(edited));
    expect(sources.at(-1)).toBe(edited);
    const shorter = MIXED_DOC.slice(0, 100);
    expect(splitter.split(shorter)).toEqual(splitBlocks(shorter));
    expect(splitter.split('')).toEqual([]);
    expect(splitter.split('new answer')).toEqual(['new answer']);
  });

  test('lexes O(n) characters in total for a 200k-char document fed in 2k appends', () => {
    let doc = '';
    while (doc.length < 200_000) doc += `${MIXED_DOC}\n`;
    doc = doc.slice(0, 200_000);
    const { lex, sources, total } = recordingLexer();
    const splitter = createBlockSplitter({ lex });
    const step = doc.length / 2_000;
    let blocks: string[] = [];
    for (let i = 1; i <= 2_000; i++) blocks = splitter.split(doc.slice(0, Math.round(i * step)));
    expect(sources).toHaveLength(2_000);
    expect(total()).toBeLessThan(10 * doc.length);
    expect(blocks).toEqual(splitBlocks(doc));
  });
});

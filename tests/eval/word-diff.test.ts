import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffSegment, diffSummary, wordDiff } from '@/lib/eval/word-diff';

const rebuild = (segments: DiffSegment[], drop: 'added' | 'removed') =>
  segments
    .filter((s) => s.kind !== drop)
    .map((s) => s.text)
    .join('');

describe('wordDiff', () => {
  it('marks a replaced word as removed then added, and counts words', () => {
    const diff = wordDiff('The capital is Lyon.', 'The capital is Paris.');
    expect(diff.segments).toEqual([
      { kind: 'same', text: 'The capital is ' },
      { kind: 'removed', text: 'Lyon' },
      { kind: 'added', text: 'Paris' },
      { kind: 'same', text: '.' },
    ]);
    expect(diff).toMatchObject({ added: 1, removed: 1, identical: false });
    expect(diffSummary(diff)).toBe('1 word added, 1 removed');
  });

  it('counts inserted words, and sees changed white space', () => {
    const diff = wordDiff('a b', 'a new big b');
    expect(diff.added).toBe(2);
    expect(diffSummary(diff)).toBe('2 words added');
    expect(wordDiff('a b', 'a\nb').identical).toBe(false);
  });

  it('says when the answers are identical', () => {
    const diff = wordDiff('same text', 'same text');
    expect(diff.identical).toBe(true);
    expect(diffSummary(diff)).toBe('No differences');
    expect(wordDiff('', '').segments).toEqual([]);
    expect(diffSummary(wordDiff('gone now', ''))).toBe('2 words removed');
  });

  it('segments rebuild both texts, and no two neighbours share a kind (property)', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'cat', ' ', '\n', 'Été', '.', '  '), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const [a, b] = [x.join(''), y.join('')];
        const { segments } = wordDiff(a, b);
        expect(rebuild(segments, 'added')).toBe(a);
        expect(rebuild(segments, 'removed')).toBe(b);
        segments.forEach((s, i) => {
          expect(s.text).not.toBe('');
          if (i > 0) expect(segments[i - 1]?.kind).not.toBe(s.kind);
        });
      }),
    );
  });

  it('rebuilds arbitrary unicode text too (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const { segments } = wordDiff(a, b);
        expect(rebuild(segments, 'added')).toBe(a);
        expect(rebuild(segments, 'removed')).toBe(b);
      }),
      { numRuns: 200 },
    );
  });
});

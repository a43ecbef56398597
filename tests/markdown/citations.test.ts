import { describe, expect, it } from 'vitest';
import { citationNumber, citedPassage, insertCitationMarkers } from '@/lib/markdown/citations';
import type { Annotation } from '@/lib/stream/events';

const doc = (start: number, end: number, id = 'd1'): Annotation => ({
  type: 'document_citation',
  document_citation: { document_id: id, start_index: start, end_index: end },
});

describe('insertCitationMarkers', () => {
  it('puts marker n right after the span of annotation n', () => {
    const text = 'Paris is big. Lyon is smaller.';
    expect(insertCitationMarkers(text, [doc(14, 30), doc(0, 13)])).toBe(
      'Paris is big.[2](#citation-2) Lyon is smaller.[1](#citation-1)',
    );
  });

  it('keeps markers at the same position in annotation order and skips spans past the text', () => {
    expect(insertCitationMarkers('abc', [doc(0, 3), doc(0, 3), doc(0, 99)])).toBe(
      'abc[1](#citation-1)[2](#citation-2)',
    );
  });

  it('recognises only #citation-<n> hrefs', () => {
    expect(citationNumber('#citation-12')).toBe(12);
    expect(citationNumber('#citation-x')).toBeNull();
    expect(citationNumber('https://x/#citation-1')).toBeNull();
  });
});

describe('citedPassage', () => {
  it('finds the quoted span in the document with context around it', () => {
    const answer = 'They say: Paris has 2.1 million people.';
    const passage = citedPassage(answer, doc(10, 39), 'Intro. Paris has 2.1 million people. Outro.');
    expect(passage).toEqual({
      quote: 'Paris has 2.1 million people.',
      before: 'Intro. ',
      match: 'Paris has 2.1 million people.',
      after: ' Outro.',
    });
  });

  it('returns only the quote when the document does not contain it verbatim', () => {
    expect(citedPassage('Paraphrase here', doc(0, 10), 'Other text')).toMatchObject({
      quote: 'Paraphrase',
      match: '',
    });
  });
});

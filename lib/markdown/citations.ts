/**
 * Citation markers in an answer: each annotation becomes a numbered markdown link `[n](#citation-n)`
 * inserted at its `end_index`, which the markdown link component renders as a "Citation n" button.
 * Pure.
 */
import { annotationSpan } from '../store/executed-tools';
import type { Annotation } from '../stream/events';

export const CITATION_HREF = /^#citation-(\d+)$/;

/** The citation number an href points at, or null when it is not a marker. */
export function citationNumber(href: string | null | undefined): number | null {
  const match = href ? CITATION_HREF.exec(href) : null;
  return match ? Number(match[1]) : null;
}

/**
 * The answer with a marker after each cited span, numbered in annotation order. Spans outside the
 * text are skipped (their numbers stay taken, so marker n is always annotation n).
 */
export function insertCitationMarkers(text: string, annotations: readonly Annotation[]): string {
  const inserts = annotations
    .map((annotation, i) => ({ at: annotationSpan(annotation)?.end ?? -1, n: i + 1 }))
    .filter(({ at }) => at >= 0 && at <= text.length)
    .sort((a, b) => a.at - b.at || a.n - b.n);
  let out = '';
  let from = 0;
  for (const { at, n } of inserts) {
    out += `${text.slice(from, at)}[${n}](#citation-${n})`;
    from = at;
  }
  return out + text.slice(from);
}

export interface CitedPassage {
  /** The answer's cited span. */
  quote: string;
  /** Where that span sits in the document, with some context, or null when it is not a verbatim quote. */
  before: string;
  match: string;
  after: string;
}

const CONTEXT_CHARS = 120;

/** The cited span of the answer, located in the document text when it is quoted verbatim. */
export function citedPassage(answer: string, annotation: Annotation, documentText: string): CitedPassage {
  const span = annotationSpan(annotation);
  const quote = span ? answer.slice(Math.max(0, span.start), Math.max(0, span.end)).trim() : '';
  const at = quote ? documentText.indexOf(quote) : -1;
  if (at < 0) return { quote, before: '', match: '', after: '' };
  const start = Math.max(0, at - CONTEXT_CHARS);
  const end = Math.min(documentText.length, at + quote.length + CONTEXT_CHARS);
  return {
    quote,
    before: (start > 0 ? '…' : '') + documentText.slice(start, at),
    match: quote,
    after: documentText.slice(at + quote.length, end) + (end < documentText.length ? '…' : ''),
  };
}

/**
 * `documents` and `citation_options`: the simulator checks their shape with Groq's wording and, when
 * citations are on, quotes a sentence of each document in the answer with a `document_citation`
 * annotation whose start/end index cover the quote in the final content.
 */
import { isRecord } from './chat-types';
import { fieldError } from './errors';

export interface SimDocument {
  id: string;
  text: string;
}

export interface SimAnnotation {
  type: 'document_citation';
  document_citation: { document_id: string; start_index: number; end_index: number };
}

export interface Grounding {
  documents?: SimDocument[];
  citations?: boolean;
}

export function parseGrounding(body: Record<string, unknown>): Grounding {
  const citations = body.citation_options;
  if (citations !== undefined && citations !== null && citations !== 'enabled' && citations !== 'disabled') {
    throw fieldError('citation_options', 'value must be one of [enabled, disabled]');
  }
  const value = body.documents;
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value)) throw fieldError('documents', 'value must be an array');
  const documents = value.map((doc, i): SimDocument => {
    if (!isRecord(doc) || !isRecord(doc.source))
      throw fieldError(`documents.${i}.source`, "property 'source' is missing");
    if (doc.id !== undefined && doc.id !== null && typeof doc.id !== 'string') {
      throw fieldError(`documents.${i}.id`, 'value must be a string');
    }
    const id = typeof doc.id === 'string' && doc.id !== '' ? doc.id : `document_${i + 1}`;
    const { source } = doc;
    if (source.type === 'text' && typeof source.text === 'string') return { id, text: source.text };
    if (source.type === 'json' && isRecord(source.data)) return { id, text: JSON.stringify(source.data) };
    throw fieldError(`documents.${i}.source`, 'value must be {type: text, text} or {type: json, data}');
  });
  return { documents, citations: citations !== 'disabled' };
}

/** The first sentence of a document (at most 200 characters), the passage the answer quotes. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  return sentence.length > 200 ? sentence.slice(0, 200).trimEnd() : sentence;
}

/** The paragraph quoting each non-empty document; the quotes' spans are relative to its start. */
export function quoteDocuments(documents: readonly SimDocument[]): {
  text: string;
  spans: { id: string; start: number; end: number }[];
} {
  let text = '';
  const spans: { id: string; start: number; end: number }[] = [];
  for (const doc of documents) {
    const quote = firstSentence(doc.text);
    if (quote === '') continue;
    text += text === '' ? 'From the documents: ' : ' Also: ';
    const start = text.length;
    text += quote;
    spans.push({ id: doc.id, start, end: text.length });
  }
  return { text: text === '' ? '' : `${text}\n\n`, spans };
}

/** Annotations for spans of `prefix` placed at `offset` in `content`, kept only where the quote survived. */
export function citationAnnotations(
  content: string,
  offset: number,
  spans: readonly { id: string; start: number; end: number }[],
): SimAnnotation[] {
  return spans
    .filter((span) => offset + span.end <= content.length)
    .map((span) => ({
      type: 'document_citation',
      document_citation: {
        document_id: span.id,
        start_index: offset + span.start,
        end_index: offset + span.end,
      },
    }));
}

'use client';

import { useContext, useId, useState } from 'react';
import { citedPassage } from '@/lib/markdown/citations';
import type { Annotation } from '@/lib/stream/events';
import { CitationContext, type CitationSources } from './citation-context';

function DocumentCitation({ sources, annotation }: { sources: CitationSources; annotation: Annotation }) {
  const id = annotation.document_citation?.document_id ?? '';
  const text = sources.documents.get(id);
  if (text === undefined) {
    return <span className="block">Cites document {id || '(no id)'}, which is not in the request.</span>;
  }
  const passage = citedPassage(sources.answer, annotation, text);
  return (
    <>
      <span className="block font-semibold">Document {id}</span>
      {passage.match ? (
        <span className="block whitespace-pre-wrap">
          {passage.before}
          <mark className="bg-amber-100 dark:bg-amber-900/60">{passage.match}</mark>
          {passage.after}
        </span>
      ) : (
        <>
          <span className="block">Cited passage: “{passage.quote}”</span>
          <span className="block whitespace-pre-wrap text-muted">
            {text.length > 300 ? `${text.slice(0, 300)}…` : text}
          </span>
        </>
      )}
    </>
  );
}

/** A numbered citation marker: a button that reveals what it cites (a document passage or a tool call). */
export function CitationMarker({ n }: { n: number }) {
  const sources = useContext(CitationContext);
  const [open, setOpen] = useState(false);
  const id = useId();
  const annotation = sources?.annotations[n - 1];
  if (!sources || !annotation) return <span>{n}</span>;
  const toolCall = annotation.function_citation?.tool_call_id;
  return (
    <>
      {/* Raw: a superscript marker inside running text; Button's padding and focus shape would break the line. */}
      <button
        type="button"
        aria-label={`Citation ${n}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        className="mx-0.5 inline-flex h-4 min-w-4 items-center justify-center rounded bg-neutral-200 px-1 align-super text-[10px] font-semibold leading-none hover:bg-groq hover:text-white dark:bg-neutral-700"
      >
        {n}
      </button>
      {open ? (
        <span
          id={id}
          role="note"
          aria-label={`Source of citation ${n}`}
          className="my-1 block rounded border border-line bg-surface-alt p-2 text-xs"
        >
          {annotation.document_citation ? (
            <DocumentCitation sources={sources} annotation={annotation} />
          ) : toolCall !== undefined ? (
            <span className="block">
              Cites the result of tool call <code>{toolCall}</code>
              {' — '}
              <a href={`#tool-call-${encodeURIComponent(toolCall)}`} className="underline">
                show the tool call
              </a>
            </span>
          ) : (
            <span className="block">Citation of an unknown kind ({annotation.type}).</span>
          )}
        </span>
      ) : null}
    </>
  );
}

'use client';

import { useDeferredValue, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { GradeCell } from '@/components/eval/grade-cell';
import { MarkdownMessage } from '@/components/markdown/lazy-markdown';
import { Button } from '@/components/ui/button';
import { resultColumns, resultsToCsv, resultsToJsonl } from '@/lib/datasets/export';
import type { RowResult, RowStatus } from '@/lib/datasets/run-all';
import { selectDatasetResults } from '@/lib/store/dataset-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const STATUS_TEXT: Record<RowStatus, string> = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  error: 'error',
  stopped: 'stopped',
  unsent: 'not sent',
};

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((p: { type?: string; text?: string }) => (p.type === 'text' ? p.text : '[image]'))
    .join('\n');
}

/** One row as the conversation it was: what was sent, then the answer (or the error). */
function RowConversation({ row, onClose }: { row: RowResult; onClose: () => void }) {
  const sent = (row.request?.messages ?? []).map((m) => ({ role: m.role, text: messageText(m.content) }));
  const answer = { role: 'assistant', text: row.error && !row.answer ? `Error: ${row.error}` : row.answer };
  const turns = [...sent, answer].map((turn, n) => ({ ...turn, id: `${row.key}-turn-${n}` }));
  return (
    <section
      aria-label={`${row.key} as a conversation`}
      className="flex flex-col gap-2 rounded-md border border-divider p-3"
    >
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold">{row.key} as a conversation</h3>
        <Button size="xs" onClick={onClose}>
          Close conversation
        </Button>
      </div>
      <ol className="flex flex-col gap-2">
        {turns.map((turn) => (
          <li key={turn.id} className="text-sm">
            <span className="text-xs font-semibold uppercase text-muted">{turn.role}</span>
            {turn.role === 'assistant' ? (
              <div dir="auto">
                <MarkdownMessage text={turn.text} />
              </div>
            ) : (
              <p className="whitespace-pre-wrap" dir="auto">
                {turn.text}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** An answer longer than this (or of several lines) starts folded to a few lines, with Expand. */
const FOLD_AT = 140;
/**
 * A folded cell shows about four lines: it draws only the answer's first blocks, up to this many
 * characters (ten finished 2,048-token rows drew ~100 ms of hidden markdown at once in Run all).
 */
const FOLDED_PREVIEW_CHARS = 1_200;

/** A row's answer as rendered markdown (never raw `**` or `| --- |`), folded when long. */
function AnswerCell({ row, position }: { row: RowResult; position: number }) {
  const [expanded, setExpanded] = useState(false);
  // The answer's markdown renders in a background (transition) render that yields to the page
  // between blocks: rows of Run all finish together, and drawing them all in one go was a 70–100 ms
  // task. The row's status, tokens and time still update at once.
  const answer = useDeferredValue(row.answer, '');
  const long = answer.length > FOLD_AT || answer.trim().includes('\n');
  const folded = long && !expanded;
  return (
    <td className="min-w-56 max-w-[28rem] px-2 py-1" dir="auto">
      {answer ? (
        <div
          className={`[&_.markdown]:text-xs [&_:is(p,li)]:my-1 [&_:is(p,li)]:leading-5 [&_:is(h1,h2,h3,h4)]:mt-1 [&_:is(h1,h2,h3,h4)]:mb-1 [&_:is(h1,h2,h3,h4)]:text-xs ${folded ? 'max-h-20 overflow-hidden [mask-image:linear-gradient(to_bottom,black_60%,transparent)]' : ''}`}
        >
          <MarkdownMessage
            text={answer}
            streaming={row.status === 'running'}
            previewChars={folded ? FOLDED_PREVIEW_CHARS : undefined}
          />
        </div>
      ) : null}
      {long ? (
        <Button
          size="xs"
          variant="ghost"
          className="-ml-2"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Collapse' : 'Expand'} answer ${position}`}
          onClick={(event) => {
            // The row's own click opens it as a conversation; this only unfolds the cell.
            event.stopPropagation();
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Collapse' : 'Expand'}
        </Button>
      ) : null}
      {row.error ? <span className="block text-red-700 dark:text-red-300">{row.error}</span> : null}
    </td>
  );
}

/** The results of a live run or a batch: one row per dataset row; Export as CSV or JSONL. */
export function ResultsTable() {
  const results = usePlaygroundStore(useShallow(selectDatasetResults));
  const source = usePlaygroundStore((s) => s.dataset.source);
  const [openKey, setOpenKey] = useState<string | null>(null);
  if (results.length === 0) return null;
  const columns = resultColumns(results);
  const graded = results.some((r) => r.grade !== undefined);
  const open = results.find((r) => r.key === openKey);
  const title = source?.kind === 'batch' ? `Results of ${source.batchId}` : 'Results';
  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        <div className="flex gap-2">
          <Button
            size="xs"
            onClick={() => download(`results-${stamp()}.csv`, resultsToCsv(results), 'text/csv')}
          >
            Export CSV
          </Button>
          <Button
            size="xs"
            onClick={() => download(`results-${stamp()}.jsonl`, resultsToJsonl(results), 'application/jsonl')}
          >
            Export JSONL
          </Button>
        </div>
      </div>
      <div className="max-h-[50vh] overflow-auto rounded-md border border-divider">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{title}</caption>
          <thead className="sticky top-0 bg-surface-alt">
            <tr>
              <th scope="col" className="px-2 py-1">
                Row
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-2 py-1 font-mono">
                  {c}
                </th>
              ))}
              <th scope="col" className="px-2 py-1">
                Answer
              </th>
              <th scope="col" className="px-2 py-1">
                Tokens
              </th>
              <th scope="col" className="px-2 py-1">
                Time
              </th>
              <th scope="col" className="px-2 py-1">
                Status
              </th>
              {graded ? (
                <th scope="col" className="px-2 py-1">
                  Grade
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {results.map((r, index) => (
              <tr
                key={r.key}
                onClick={() => setOpenKey(r.key)}
                className="cursor-pointer border-t border-divider align-top hover:bg-surface-alt"
              >
                <td className="px-2 py-1">
                  <Button
                    size="xs"
                    variant="ghost"
                    aria-expanded={openKey === r.key}
                    onClick={() => setOpenKey(r.key)}
                  >
                    {r.key}
                  </Button>
                </td>
                {columns.map((c) => (
                  <td key={c} className="max-w-48 px-2 py-1" dir="auto">
                    {r.values[c]}
                  </td>
                ))}
                <AnswerCell row={r} position={index + 1} />
                <td className="whitespace-nowrap px-2 py-1 tabular-nums">
                  {r.completionTokens !== null ? `${r.promptTokens ?? 0} → ${r.completionTokens}` : ''}
                </td>
                <td className="whitespace-nowrap px-2 py-1 tabular-nums">
                  {r.ms !== null ? `${(r.ms / 1000).toFixed(2)} s` : ''}
                </td>
                <td className="px-2 py-1">{STATUS_TEXT[r.status]}</td>
                {graded ? <GradeCell grade={r.grade} /> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open ? <RowConversation row={open} onClose={() => setOpenKey(null)} /> : null}
    </div>
  );
}

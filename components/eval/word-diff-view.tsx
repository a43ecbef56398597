'use client';

import { useMemo } from 'react';
import { diffSummary, wordDiff } from '@/lib/eval/word-diff';

/**
 * Two answers as a word-level diff. Additions and removals differ in colour and in form (underline,
 * strike-through), and each carries a visually hidden "added:" / "removed:" so a screen reader says
 * which is which.
 */
export function WordDiffView({
  before,
  after,
  label = 'Differences',
}: {
  before: string;
  after: string;
  /** Names the region, e.g. "Run 1 vs Run 2". */
  label?: string;
}) {
  const diff = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <section aria-label={label} className="flex flex-col gap-1">
      <p className="text-xs text-muted">{diffSummary(diff)}</p>
      <p className="whitespace-pre-wrap break-words text-sm leading-relaxed">
        {diff.segments.map((segment, i) => {
          const key = `${i}-${segment.kind}`;
          if (segment.kind === 'added') {
            return (
              <ins
                key={key}
                className="rounded-sm bg-green-100 text-green-900 underline decoration-green-700 dark:bg-green-950 dark:text-green-100"
              >
                <span className="sr-only">added: </span>
                {segment.text}
              </ins>
            );
          }
          if (segment.kind === 'removed') {
            return (
              <del
                key={key}
                className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700 dark:bg-red-950 dark:text-red-100"
              >
                <span className="sr-only">removed: </span>
                {segment.text}
              </del>
            );
          }
          return <span key={key}>{segment.text}</span>;
        })}
      </p>
    </section>
  );
}

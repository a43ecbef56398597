'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { formatCost, formatDate, formatTokens } from '@/lib/history/format';
import type { HistorySummary } from '@/lib/history/record-schema';

const KIND_LABELS: Record<HistorySummary['kind'], string> = {
  chat: 'Chat',
  compare: 'Compare',
  'dataset-run': 'Run all',
};

export interface HistoryItemActions {
  onOpen: (id: string) => void;
  /** Resolves to a problem to show, or null when renamed. */
  onRename: (id: string, title: string) => Promise<string | null> | string | null;
  onDelete: (id: string) => void;
  onExport: (id: string) => void;
}

/** One kept conversation: title, kind, models, date, totals; Open, Rename, Delete (confirmed), Export. */
export function HistoryItem({
  item,
  onOpen,
  onRename,
  onDelete,
  onExport,
}: { item: HistorySummary } & HistoryItemActions) {
  const id = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [title, setTitle] = useState(item.title);
  const [problem, setProblem] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  // Rename was just pressed: the new title is typed next.
  useEffect(() => {
    if (mode === 'rename') titleInput.current?.focus();
  }, [mode]);

  const saveTitle = async () => {
    if (title.trim() === '') {
      setProblem('A conversation needs a title: type at least one character.');
      return;
    }
    const failed = await onRename(item.id, title);
    setProblem(failed);
    if (!failed) setMode('view');
  };

  return (
    <li aria-labelledby={`${id}-title`} className="flex flex-col gap-1 border-b border-divider py-2">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span id={`${id}-title`} className="font-medium">
          {item.title}
        </span>
        <span className="text-xs text-muted">{KIND_LABELS[item.kind]}</span>
      </div>
      <p id={`${id}-meta`} className="text-xs text-muted">
        {[
          item.models.join(', ') || 'no model',
          formatDate(item.updatedAt),
          formatTokens(item.totals.totalTokens),
          formatCost(item.totals.costUsd),
        ].join(' · ')}
      </p>
      {mode === 'rename' ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void saveTitle();
          }}
        >
          {/* The problem is drawn under the whole item (below the buttons), so it is tied by id. */}
          <Field
            label="New title"
            labelLook="plain"
            inline
            describedBy={problem ? `${id}-problem` : undefined}
            className="min-w-0 flex-1"
          >
            {(control) => (
              <Input
                {...control}
                ref={titleInput}
                dense
                value={title}
                aria-invalid={problem ? true : undefined}
                onChange={(event) => setTitle(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') {
                    event.stopPropagation();
                    event.preventDefault();
                    setMode('view');
                  }
                }}
                className="min-w-0 flex-1"
              />
            )}
          </Field>
          <Button type="submit" variant="primary" size="xs">
            Save title
          </Button>
          <Button size="xs" onClick={() => setMode('view')}>
            Cancel
          </Button>
        </form>
      ) : null}
      {mode === 'delete' ? (
        <fieldset
          aria-label={`Delete ${item.title}?`}
          className="m-0 min-w-0 border-0 p-0 flex flex-wrap items-center gap-2 text-sm"
        >
          <span>Delete this conversation from History?</span>
          <Button variant="danger" size="xs" onClick={() => onDelete(item.id)}>
            Delete
          </Button>
          <Button size="xs" onClick={() => setMode('view')}>
            Cancel
          </Button>
        </fieldset>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
      {mode === 'view' ? (
        <div className="flex flex-wrap gap-2">
          <Button
            size="xs"
            variant="primary"
            aria-describedby={`${id}-title`}
            onClick={() => onOpen(item.id)}
          >
            Open
          </Button>
          <Button
            size="xs"
            aria-describedby={`${id}-title`}
            onClick={() => {
              setTitle(item.title);
              setProblem(null);
              setMode('rename');
            }}
          >
            Rename
          </Button>
          <Button size="xs" aria-describedby={`${id}-title`} onClick={() => setMode('delete')}>
            Delete
          </Button>
          <Button size="xs" aria-describedby={`${id}-title`} onClick={() => onExport(item.id)}>
            Export
          </Button>
        </div>
      ) : null}
    </li>
  );
}

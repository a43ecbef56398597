'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Switch } from '@/components/ui/switch';
import type { HistorySummary } from '@/lib/history/record-schema';
import { ARIA_KEYSHORTCUTS } from '@/lib/history/shortcuts';
import { HistoryItem, type HistoryItemActions } from './history-item';
import { ImportButton } from './import-button';

export interface HistoryPanelProps extends HistoryItemActions {
  open: boolean;
  onClose: () => void;
  /** Newest first (already filtered by `query`). */
  items: readonly HistorySummary[];
  query: string;
  onQueryChange: (query: string) => void;
  keepHistory: boolean;
  onKeepHistoryChange: (on: boolean) => void;
  onExportAll: () => void;
  onImport: (file: File) => void;
  /** The storage problem to show (full disk, private window, a bad import file). */
  error?: string | null;
  /** What the last import or export did ("Imported 2 conversations."). */
  status?: string | null;
  loading?: boolean;
}

/** The History dialog: search, the kept conversations newest first, export and import, Keep history. */
export function HistoryPanel({
  open,
  onClose,
  items,
  query,
  onQueryChange,
  keepHistory,
  onKeepHistoryChange,
  onExportAll,
  onImport,
  error = null,
  status = null,
  loading = false,
  ...actions
}: HistoryPanelProps) {
  const empty =
    query.trim() === '' ? (
      <p>No conversations yet. Every conversation that gets an answer is kept here.</p>
    ) : (
      <p>No conversation matches “{query.trim()}”.</p>
    );
  return (
    <Dialog open={open} onClose={onClose} title="History">
      <div className="flex flex-col gap-3">
        {error ? <Notice tone="error">{error}</Notice> : null}
        {status ? <Notice tone="success">{status}</Notice> : null}
        <div className="flex flex-wrap items-end gap-2">
          <Field label="Search history" className="min-w-0 flex-1">
            {(control) => (
              <Input
                {...control}
                type="search"
                dense
                value={query}
                onChange={(event) => onQueryChange(event.target.value)}
              />
            )}
          </Field>
          <Button onClick={onExportAll} disabled={items.length === 0 && query === ''}>
            Export all
          </Button>
          <ImportButton onFile={onImport} />
        </div>
        <Switch
          label="Keep history"
          checked={keepHistory}
          onChange={onKeepHistoryChange}
          description={
            keepHistory
              ? 'Conversations with an answer are kept in this browser.'
              : 'Off: new conversations are not kept. What History holds stays until you delete it.'
          }
        />
        {loading ? (
          <p role="status">Loading History…</p>
        ) : items.length === 0 ? (
          <div role="status" className="text-sm text-muted">
            {empty}
          </div>
        ) : (
          <ul aria-label="Conversations" className="flex flex-col">
            {items.map((item) => (
              <HistoryItem key={item.id} item={item} {...actions} />
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}

/** The header button that opens History (shows its shortcut to assistive technology). */
export function HistoryButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="ghost" onClick={onClick} aria-keyshortcuts={ARIA_KEYSHORTCUTS.history}>
      History
    </Button>
  );
}

'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { formatDate } from '@/lib/history/format';
import type { PromptSummary } from '@/lib/history/prompt-schema';
import { ARIA_KEYSHORTCUTS } from '@/lib/history/shortcuts';
import { ImportButton } from './import-button';

export interface PromptsPanelProps {
  open: boolean;
  onClose: () => void;
  /** Newest change first; each prompt's versions oldest first. */
  prompts: readonly PromptSummary[];
  onOpen: (name: string, version: number) => void;
  onDelete: (name: string) => void;
  onExport: (name: string) => void;
  onExportAll: () => void;
  onImport: (file: File) => void;
  /** Copies a share link of one version (absent: no Share link buttons). */
  onShare?: (name: string, version: number) => void;
  error?: string | null;
  status?: string | null;
}

function PromptEntry({
  prompt,
  onOpen,
  onDelete,
  onExport,
  onShare,
}: { prompt: PromptSummary } & Pick<PromptsPanelProps, 'onOpen' | 'onDelete' | 'onExport' | 'onShare'>) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const count = prompt.versions.length;
  return (
    <li aria-labelledby={`${id}-name`} className="flex flex-col gap-2 border-b border-divider py-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`${id}-name`} className="font-medium">
          {prompt.name}
        </h3>
        <span className="text-xs text-muted">
          {count} version{count === 1 ? '' : 's'}
        </span>
        <div className="ml-auto flex gap-2">
          <Button size="xs" aria-describedby={`${id}-name`} onClick={() => onExport(prompt.name)}>
            Export
          </Button>
          {confirming ? null : (
            <Button size="xs" aria-describedby={`${id}-name`} onClick={() => setConfirming(true)}>
              Delete
            </Button>
          )}
        </div>
      </div>
      {confirming ? (
        <fieldset
          aria-label={`Delete ${prompt.name}?`}
          className="m-0 min-w-0 border-0 p-0 flex flex-wrap items-center gap-2 text-sm"
        >
          <span>Delete “{prompt.name}” and all its versions?</span>
          <Button variant="danger" size="xs" onClick={() => onDelete(prompt.name)}>
            Delete
          </Button>
          <Button size="xs" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </fieldset>
      ) : null}
      <ul aria-label={`Versions of ${prompt.name}`} className="flex flex-col gap-1">
        {prompt.versions.map((v) => (
          <li
            key={v.version}
            aria-labelledby={`${id}-v${v.version}`}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
          >
            <span id={`${id}-v${v.version}`} className="font-medium">
              {v.label}
            </span>
            <span className="text-xs text-muted">{formatDate(v.savedAt)}</span>
            <span className="min-w-0 flex-1 text-xs">{v.changes}</span>
            <Button
              size="xs"
              variant="primary"
              aria-describedby={`${id}-name ${id}-v${v.version}`}
              onClick={() => onOpen(prompt.name, v.version)}
            >
              Open
            </Button>
            {onShare ? (
              <Button
                size="xs"
                aria-describedby={`${id}-name ${id}-v${v.version}`}
                onClick={() => onShare(prompt.name, v.version)}
              >
                Share link
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The Prompts dialog: saved prompts with their versions; open a version, delete, export and import. */
export function PromptsPanel({
  open,
  onClose,
  prompts,
  onExportAll,
  onImport,
  error = null,
  status = null,
  ...actions
}: PromptsPanelProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Prompts">
      <div className="flex flex-col gap-3">
        {error ? <Notice tone="error">{error}</Notice> : null}
        {status ? <Notice tone="success">{status}</Notice> : null}
        <div className="flex flex-wrap gap-2">
          <Button onClick={onExportAll} disabled={prompts.length === 0}>
            Export all
          </Button>
          <ImportButton onFile={onImport} />
        </div>
        {prompts.length === 0 ? (
          <p role="status" className="text-sm text-muted">
            No saved prompts yet. Use “Save prompt” to keep the system prompt, message and settings under a
            name.
          </p>
        ) : (
          <ul aria-label="Saved prompts" className="flex flex-col">
            {prompts.map((prompt) => (
              <PromptEntry key={prompt.name} prompt={prompt} {...actions} />
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}

/** The header button that opens Prompts. */
export function PromptsButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="ghost" onClick={onClick} aria-keyshortcuts={ARIA_KEYSHORTCUTS.prompts}>
      Prompts
    </Button>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { listPrompts } from '@/lib/history/prompts';
import { shareUrl } from '@/lib/share/share-encode';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { HistoryPanel } from './history-panel';
import { PromptsPanel } from './prompts-panel';
import { SavePromptDialog } from './save-prompt-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useHistoryPanel } from './use-history-panel';
import { usePromptsPanel } from './use-prompts-panel';

export type HistoryDialog = 'history' | 'prompts' | 'save-prompt' | 'shortcuts';

/**
 * History, Prompts, Save prompt and the shortcuts dialog, wired to the store. Loaded the first time
 * one of them opens (they bring Dexie with them).
 */
export default function HistoryDialogs({
  open,
  onClose,
  onStatus,
}: {
  open: HistoryDialog | null;
  onClose: () => void;
  /** What a save or a copied link did, for the header's toast. */
  onStatus: (text: string) => void;
}) {
  const openRecord = usePlaygroundStore((s) => s.openRecord);
  const openPromptVersion = usePlaygroundStore((s) => s.openPromptVersion);
  const savePromptAs = usePlaygroundStore((s) => s.savePromptAs);
  const [names, setNames] = useState<string[]>([]);

  const history = useHistoryPanel({
    open: open === 'history',
    onOpenRecord: (record) => {
      void openRecord(record).then(() => onStatus(`Opened “${record.title}” from History.`));
      onClose();
    },
  });
  const prompts = usePromptsPanel({
    open: open === 'prompts',
    onOpenVersion: (content, name, version) => {
      void openPromptVersion(content).then(() => onStatus(`Opened “${name}” version ${version}.`));
      onClose();
    },
    onShareState: (state) => {
      const link = shareUrl(window.location.href, state);
      void navigator.clipboard.writeText(link).then(
        () => onStatus('Link copied.'),
        () => onStatus(`Copy this link: ${link}`),
      );
    },
  });

  useEffect(() => {
    if (open !== 'save-prompt') return;
    let live = true;
    void listPrompts().then((result) => {
      if (live && result.ok) setNames(result.value.map((p) => p.name));
    });
    return () => {
      live = false;
    };
  }, [open]);

  return (
    <>
      <HistoryPanel open={open === 'history'} onClose={onClose} {...history} />
      <PromptsPanel open={open === 'prompts'} onClose={onClose} {...prompts} />
      <SavePromptDialog
        open={open === 'save-prompt'}
        onClose={onClose}
        existingNames={names}
        onSave={async (name) => {
          const result = await savePromptAs(name);
          if (result.ok) onStatus(result.message);
          return result;
        }}
      />
      <ShortcutsDialog open={open === 'shortcuts'} onClose={onClose} />
    </>
  );
}

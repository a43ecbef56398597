'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { fromOpenDialog } from '@/components/ui/from-open-dialog';
import { LoadBoundary } from '@/components/ui/load-boundary';
import type { MenuEntry } from '@/components/ui/menu';
import { Toast } from '@/components/ui/toast';
import { shortcutFor } from '@/lib/history/shortcuts';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { HistoryDialog } from './history-dialogs';

const HistoryDialogs = dynamic(() => import('./history-dialogs'), { ssr: false });

/**
 * History, Prompts and Save prompt for the header's More menu, the page-wide shortcuts that open
 * them (and `?` for the list of shortcuts), and the notice when saving to History failed.
 */
export function useHistoryControls(): { entries: MenuEntry[]; node: ReactNode } {
  const [open, setOpen] = useState<HistoryDialog | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const notice = usePlaygroundStore((s) => s.historyNotice);
  const dismissNotice = usePlaygroundStore((s) => s.dismissHistoryNotice);
  const close = useCallback(() => setOpen(null), []);
  const dismissStatus = useCallback(() => setStatus(null), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (fromOpenDialog(event)) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      setOpen(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const entries: MenuEntry[] = [
    { kind: 'group', label: 'Saved work' },
    { kind: 'item', label: 'History', onSelect: () => setOpen('history') },
    { kind: 'item', label: 'Prompts', onSelect: () => setOpen('prompts') },
    { kind: 'item', label: 'Save prompt', onSelect: () => setOpen('save-prompt') },
    { kind: 'item', label: 'Keyboard shortcuts', onSelect: () => setOpen('shortcuts') },
  ];
  const node = (
    <>
      {open ? (
        <LoadBoundary what="History">
          <HistoryDialogs open={open} onClose={close} onStatus={setStatus} />
        </LoadBoundary>
      ) : null}
      {notice ? (
        <Toast sticky onDismiss={dismissNotice}>
          {notice} Your work here is not affected.
        </Toast>
      ) : status ? (
        <Toast onDismiss={dismissStatus}>{status}</Toast>
      ) : null}
    </>
  );
  return { entries, node };
}

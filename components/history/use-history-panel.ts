'use client';

import { useCallback, useEffect, useState } from 'react';
import type { HistoryRecord, HistorySummary } from '@/lib/history/record-schema';
import {
  deleteConversation,
  getKeepHistory,
  listHistory,
  openConversation,
  renameConversation,
  searchHistory,
  setKeepHistory,
} from '@/lib/history/records';
import { exportAllHistory, exportConversation, exportFileName, importHistory } from '@/lib/history/transfer';
import type { HistoryPanelProps } from './history-panel';

export const SEARCH_DELAY_MS = 150;

/** Saves text as a file the browser downloads. */
export function downloadText(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Controlled = Omit<HistoryPanelProps, 'open' | 'onClose'>;

/**
 * Everything HistoryPanel needs, from lib/history: the list (searched as the user types), Keep
 * history, rename, delete, export and import, with storage failures as the panel's notice. Opening a
 * conversation hands the record (images as data URLs) to `onOpenRecord`, which fills the workbench.
 */
export function useHistoryPanel({
  open,
  onOpenRecord,
  download = downloadText,
}: {
  open: boolean;
  onOpenRecord: (record: HistoryRecord<string>) => void;
  download?: (name: string, text: string) => void;
}): Controlled {
  const [items, setItems] = useState<HistorySummary[]>([]);
  const [query, setQuery] = useState('');
  const [keepHistory, setKeep] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void getKeepHistory().then((result) => {
      if (live && result.ok) setKeep(result.value);
    });
    return () => {
      live = false;
    };
  }, [open]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes to reload the list after an edit
  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(
      () => {
        void (query.trim() === '' ? listHistory() : searchHistory(query)).then((result) => {
          if (!live) return;
          setLoading(false);
          if (result.ok) setItems(result.value);
          else setError(result.error.message);
        });
      },
      query === '' ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, query, version]);

  const report = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
    if (result.ok) setError(null);
    else setError(result.error.message);
    return result.ok;
  };

  return {
    items,
    query,
    onQueryChange: setQuery,
    keepHistory,
    loading,
    error,
    status,
    onKeepHistoryChange: (on) => {
      void setKeepHistory(on).then((result) => {
        if (report(result)) setKeep(on);
      });
    },
    onOpen: (id) => {
      void openConversation(id).then((result) => {
        if (report(result) && result.ok) onOpenRecord(result.value);
      });
    },
    onRename: async (id, title) => {
      const result = await renameConversation(id, title);
      if (!result.ok) return result.error.message;
      refresh();
      return null;
    },
    onDelete: (id) => {
      void deleteConversation(id).then((result) => {
        if (report(result)) refresh();
      });
    },
    onExport: (id) => {
      const title = items.find((item) => item.id === id)?.title ?? 'conversation';
      void exportConversation(id).then((result) => {
        if (report(result) && result.ok) download(exportFileName(title), result.value);
      });
    },
    onExportAll: () => {
      void exportAllHistory().then((result) => {
        if (report(result) && result.ok) download(exportFileName(null), result.value);
      });
    },
    onImport: (file) => {
      setStatus(null);
      void file
        .text()
        .then(importHistory)
        .then((result) => {
          if (report(result) && result.ok) {
            setStatus(result.value.message);
            refresh();
          }
        });
    },
  };
}

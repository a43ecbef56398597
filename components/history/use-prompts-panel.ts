'use client';

import { useCallback, useEffect, useState } from 'react';
import type { PromptContent, PromptSummary } from '@/lib/history/prompt-schema';
import { exportPrompts, importPrompts, promptShareState } from '@/lib/history/prompt-transfer';
import { deletePrompt, getPromptVersion, listPrompts } from '@/lib/history/prompts';
import type { ShareState } from '@/lib/share/share-schema';
import type { PromptsPanelProps } from './prompts-panel';
import { downloadText } from './use-history-panel';

type Controlled = Omit<PromptsPanelProps, 'open' | 'onClose'>;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'prompt';

/**
 * Everything PromptsPanel needs, from lib/history. Opening a version hands its content to
 * `onOpenVersion`; Share link hands a share state to `onShareState` (which makes and copies the link
 * with lib/share's `shareUrl`); without it the panel has no Share link buttons.
 */
export function usePromptsPanel({
  open,
  onOpenVersion,
  onShareState,
  download = downloadText,
}: {
  open: boolean;
  onOpenVersion: (content: PromptContent, name: string, version: number) => void;
  onShareState?: (state: ShareState) => void;
  download?: (name: string, text: string) => void;
}): Controlled {
  const [prompts, setPrompts] = useState<PromptSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes to reload the list after an edit
  useEffect(() => {
    if (!open) return;
    let live = true;
    void listPrompts().then((result) => {
      if (!live) return;
      if (result.ok) setPrompts(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [open, version]);

  const report = (result: { ok: boolean; error?: { message: string } }) => {
    setError(result.ok ? null : (result.error?.message ?? null));
    return result.ok;
  };

  return {
    prompts,
    error,
    status,
    onOpen: (name, number) => {
      void getPromptVersion(name, number).then((result) => {
        if (report(result) && result.ok) onOpenVersion(result.value.content, name, number);
      });
    },
    onDelete: (name) => {
      void deletePrompt(name).then((result) => {
        if (report(result)) refresh();
      });
    },
    onExport: (name) => {
      void exportPrompts(name).then((result) => {
        if (report(result) && result.ok) download(`prompt-${slug(name)}.json`, result.value);
      });
    },
    onExportAll: () => {
      void exportPrompts().then((result) => {
        if (report(result) && result.ok)
          download(`prompts-${new Date().toISOString().slice(0, 10)}.json`, result.value);
      });
    },
    onImport: (file) => {
      setStatus(null);
      void file
        .text()
        .then(importPrompts)
        .then((result) => {
          if (report(result) && result.ok) {
            setStatus(result.value.message);
            refresh();
          }
        });
    },
    ...(onShareState
      ? {
          onShare: (name: string, number: number) => {
            void getPromptVersion(name, number).then((result) => {
              if (!report(result) || !result.ok) return;
              const shared = promptShareState(result.value.content);
              if (shared.ok) onShareState(shared.state);
              else setError(shared.message);
            });
          },
        }
      : {}),
  };
}

'use client';

import { useCallback, useState } from 'react';
import { Toast } from '@/components/ui/toast';
import type { ShareStatus } from './share-link-status';

/** The link's code (the snapshot, lz-string, the speech options): on the way to Share, not with the page. */
export const loadShareLink = () => import('./share-link-status');

/**
 * Copies a link that carries the whole playground (never the key, never uploaded images). What
 * happened shows as a toast, so the header never changes size. The header's Share button and the
 * More menu's Share item both call `share`.
 */
export function useShareLink(): {
  share: () => Promise<void>;
  shareSpeech: () => Promise<void>;
  toast: React.ReactNode;
} {
  const [status, setStatus] = useState<ShareStatus | null>(null);
  const dismiss = useCallback(() => setStatus(null), []);

  const share = async () => {
    const { shareChat } = await loadShareLink();
    setStatus(await shareChat(window.location.href));
  };

  const shareSpeech = async () => {
    const { shareSpeech: share } = await loadShareLink();
    setStatus(await share(window.location.href));
  };

  const toast = status ? (
    <Toast onDismiss={dismiss} sticky={status.link !== undefined} timeoutMs={notesTimeout(status.text)}>
      <p>{status.text}</p>
      {status.link ? (
        <input
          readOnly
          aria-label="Share link"
          value={status.link}
          onFocus={(event) => event.currentTarget.select()}
          className="mt-1 block w-full rounded border border-neutral-500 bg-transparent px-1 text-xs"
        />
      ) : null}
    </Toast>
  ) : null;

  return { share, shareSpeech, toast };
}

/** Longer messages stay longer. */
function notesTimeout(text: string): number {
  return Math.max(4000, text.length * 60);
}

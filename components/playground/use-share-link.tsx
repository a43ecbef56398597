'use client';

import { useCallback, useState } from 'react';
import { Toast } from '@/components/ui/toast';
import { usePlaygroundStore } from '@/lib/store/playground-store';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface ShareStatus {
  text: string;
  /** The link to copy by hand when the clipboard refused. */
  link?: string;
}

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
    const store = usePlaygroundStore.getState();
    // The link's code (the snapshot and lz-string) loads on the first Share, not with the page.
    const [{ snapshotForShare }, { SHARE_WARN_LENGTH, shareLinkTooLarge, shareUrl }] = await Promise.all([
      import('@/lib/share/from-store'),
      import('@/lib/share/share-encode'),
    ]);
    const { state, omittedImages, omittedCodeImages } = snapshotForShare(
      store,
      store.messages,
      store.dataset.values,
    );
    const link = shareUrl(window.location.href, state);
    if (shareLinkTooLarge(link, state)) {
      setStatus({
        text: `This playground is too big to share as a link (${link.length.toLocaleString()} characters).`,
      });
      return;
    }
    const notes = [
      omittedImages > 0
        ? `${omittedImages} uploaded image${omittedImages > 1 ? 's were' : ' was'} left out (links carry only image URLs).`
        : null,
      omittedCodeImages > 0
        ? `${omittedCodeImages} large image output(s) of executed code were left out.`
        : null,
      link.length > SHARE_WARN_LENGTH
        ? `The link is ${link.length.toLocaleString()} characters long; some apps cut long links.`
        : null,
    ].filter(Boolean);
    const copied = await copyText(link);
    setStatus({
      text: `${copied ? 'Link copied.' : 'Copy this link:'} ${notes.join(' ')}`.trim(),
      link: copied ? undefined : link,
    });
  };

  /** Speech mode's link: its options (and the text to speak), never the audio. */
  const shareSpeech = async () => {
    const { stt, tts } = usePlaygroundStore.getState();
    const { speechShareState, speechShareUrl } = await import('@/lib/share/speech-share');
    const link = speechShareUrl(window.location.href, speechShareState(stt, tts, tts.active ? 'tts' : 'stt'));
    const copied = await copyText(link);
    const note = stt.audio ? ' Audio is not part of the link.' : '';
    setStatus({
      text: `${copied ? 'Link copied.' : 'Copy this link:'}${note}`,
      link: copied ? undefined : link,
    });
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

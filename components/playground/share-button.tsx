'use client';

import { useState } from 'react';
import { snapshotForShare } from '@/lib/share/from-store';
import { SHARE_MAX_LENGTH, SHARE_WARN_LENGTH, shareUrl } from '@/lib/share/share-link';
import { useConversationStore } from '@/lib/store/conversation-store';
import { useSettingsStore } from '@/lib/store/settings-store';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies a link that carries the whole playground (never the key, never uploaded images). */
export function ShareButton({ className }: { className: string }) {
  const [status, setStatus] = useState<{ text: string; link?: string } | null>(null);

  const share = async () => {
    const { state, omittedImages, omittedCodeImages } = snapshotForShare(
      useSettingsStore.getState(),
      useConversationStore.getState().messages,
    );
    const link = shareUrl(window.location.href, state);
    if (link.length > SHARE_MAX_LENGTH) {
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

  return (
    <div className="relative flex items-center gap-2">
      <button type="button" className={className} onClick={share}>
        Share
      </button>
      <p role="status" className="max-w-xs text-xs text-neutral-600 empty:hidden dark:text-neutral-300">
        {status?.text}
        {status?.link ? (
          <input
            readOnly
            aria-label="Share link"
            value={status.link}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded border border-neutral-300 px-1 text-xs dark:border-neutral-700"
          />
        ) : null}
      </p>
    </div>
  );
}

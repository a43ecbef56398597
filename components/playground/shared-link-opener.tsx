'use client';

import dynamic from 'next/dynamic';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { useHashLink } from '@/lib/client/use-hash-link';
import { sharePayload } from '@/lib/share/share-payload';

/** The codec, the share schema and the dialogs load only when the URL carries a share link. */
const SharedLinkDialogs = dynamic(() => import('./shared-link-dialogs').then((m) => m.SharedLinkDialogs), {
  ssr: false,
});

/**
 * Watches the URL fragment for a share link (on load, and when a link is pasted into a tab that
 * already shows the playground) and hands it to `SharedLinkDialogs`, which fills the playground.
 */
export function SharedLinkOpener({ ready }: { ready: boolean }) {
  return useHashLink(sharePayload) ? (
    <LoadBoundary what="The shared link">
      <SharedLinkDialogs ready={ready} />
    </LoadBoundary>
  ) : null;
}

'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { LoadBoundary } from '@/components/ui/load-boundary';
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
  const [linked, setLinked] = useState(false);
  useEffect(() => {
    if (linked) return;
    const check = () => {
      if (sharePayload(window.location.hash) !== null) setLinked(true);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [linked]);
  return linked ? (
    <LoadBoundary what="The shared link">
      <SharedLinkDialogs ready={ready} />
    </LoadBoundary>
  ) : null;
}

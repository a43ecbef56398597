'use client';

import dynamic from 'next/dynamic';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { useHashLink } from '@/lib/client/use-hash-link';
import { speechSharePayload } from '@/lib/share/speech-payload';

/** The codec, the dialog and the notices load only when the URL carries a Speech mode link. */
const SpeechLinkDialogs = dynamic(() => import('./speech-link-dialogs').then((m) => m.SpeechLinkDialogs), {
  ssr: false,
});

/**
 * Watches the URL fragment for a Speech mode link (`#speech=…`: on load, and when one is pasted into
 * a tab that already shows the playground) and hands it to `SpeechLinkDialogs`, which opens it.
 */
export function SpeechLinkOpener({ ready, onOpen }: { ready: boolean; onOpen: () => void }) {
  return useHashLink(speechSharePayload) ? (
    <LoadBoundary what="The Speech mode link">
      <SpeechLinkDialogs ready={ready} onOpen={onOpen} />
    </LoadBoundary>
  ) : null;
}

'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { LinkProblem } from '@/components/ui/link-problem';
import { Toast } from '@/components/ui/toast';
import { applySharedState, hasWork } from '@/lib/share/apply';
import { remoteImageHosts, remoteImagesQuestion, withoutImages } from '@/lib/share/remote-images';
import { decodeShareState } from '@/lib/share/share-link';
import { sharePayload } from '@/lib/share/share-payload';
import type { ShareState } from '@/lib/share/share-schema';
import { usePlaygroundStore } from '@/lib/store/playground-store';

function clearFragment() {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/**
 * Opens a share link (loaded by `SharedLinkOpener` when the URL carries one) once the saved state is restored: fills the playground (never runs it), asks
 * before loading images from hosts the link's author chose (a tracking beacon otherwise), asks
 * first when there is work it would replace, and leaves everything untouched if the link is bad.
 */
export function SharedLinkDialogs({ ready }: { ready: boolean }) {
  const [pending, setPending] = useState<ShareState | null>(null);
  const [imagesPending, setImagesPending] = useState<ShareState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const openShared = usePlaygroundStore((s) => s.openShared);
  const working = usePlaygroundStore(hasWork);
  // Read when a link arrives (the hashchange listener outlives renders).
  const workRef = useRef(working);
  workRef.current = working;

  const proceed = (state: ShareState) => {
    if (workRef.current) setPending(state);
    else {
      applySharedState(state, openShared);
      setOpened(true);
    }
  };

  useEffect(() => {
    if (!ready) return;
    const open = () => {
      const payload = sharePayload(window.location.hash);
      if (payload === null) return;
      const result = decodeShareState(payload);
      clearFragment();
      setOpened(false);
      if (!result.ok) {
        setProblem(result.message);
        return;
      }
      setProblem(null);
      if (remoteImageHosts(result.state).length > 0) setImagesPending(result.state);
      else if (workRef.current) setPending(result.state);
      else {
        applySharedState(result.state, openShared);
        setOpened(true);
      }
    };
    open();
    // A link pasted into a tab that already shows the playground only changes the fragment.
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [ready, openShared]);

  return (
    <>
      {problem ? (
        <LinkProblem onDismiss={() => setProblem(null)}>
          {problem} Your playground was left as it was.
        </LinkProblem>
      ) : null}
      {opened ? (
        <Toast onDismiss={() => setOpened(false)} timeoutMs={8000}>
          Shared prompt opened. Nothing has been sent — press Submit when you are ready.
        </Toast>
      ) : null}
      {imagesPending ? (
        <Dialog open onClose={() => setImagesPending(null)} title="Load images from other sites?">
          <p className="text-sm">{remoteImagesQuestion(remoteImageHosts(imagesPending))}</p>
          <p className="mt-2 text-xs text-muted">Loading them tells those sites that you opened this link.</p>
          <div className="mt-4 flex justify-end gap-2">
            <Button
              onClick={() => {
                setImagesPending(null);
                proceed(withoutImages(imagesPending));
              }}
            >
              Open without images
            </Button>
            <Button
              variant="primary"
              onClick={() => {
                setImagesPending(null);
                proceed(imagesPending);
              }}
            >
              Load images
            </Button>
          </div>
        </Dialog>
      ) : null}
      {pending ? (
        <Dialog open onClose={() => setPending(null)} title="Open shared prompt?">
          <p className="text-sm">
            Opening this link replaces your current conversation, system prompt, parameters and tools.
          </p>
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={() => setPending(null)}>Keep my work</Button>
            <Button
              variant="primary"
              onClick={() => {
                applySharedState(pending, openShared);
                setPending(null);
                setOpened(true);
              }}
            >
              Replace with shared prompt
            </Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { MODE_PANEL_ID, modeTabId, type PlaygroundMode } from '@/components/stt/mode-switch';
import { SpeechLinkOpener } from '@/components/stt/speech-link-opener';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { Notice } from '@/components/ui/notice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { useAbortRunsOnUnmount } from '@/lib/store/use-abort-runs';
import { AppHeader } from './app-header';
import { ChatWorkbench } from './chat-workbench';
import { DEMO_NOTICE } from './conversation-column';
import { loadSpeechWorkbench } from './lazy-parts';
import { useApplyLiveModels } from './model-availability-notice';
import { PoweredByGroq } from './powered-by-groq';
import { SharedLinkOpener } from './shared-link-opener';

/** Speech mode (and Text to Speech inside it) is fetched when first opened, not on a first visit. */
const SpeechWorkbench = dynamic(() => loadSpeechWorkbench().then((m) => m.SpeechWorkbench), {
  ssr: false,
});

/**
 * Restores saved state after mount (so server and first client render agree), then applies
 * `?model=` (the store's openModelLink): a speech or TTS model opens Speech mode with it.
 */
function useRehydratedStore(setMode: (mode: PlaygroundMode) => void): boolean {
  const [ready, setReady] = useState(false);
  const openModelLink = usePlaygroundStore((s) => s.openModelLink);
  useEffect(() => {
    Promise.resolve(usePlaygroundStore.persist.rehydrate()).finally(() => {
      const model = new URLSearchParams(window.location.search).get('model');
      if (openModelLink(model) === 'speech') setMode('speech');
      setReady(true);
    });
  }, [setMode, openModelLink]);
  return ready;
}

const everyRun = () => true;

/**
 * The app shell: it fills the window and never scrolls as a whole. The header is one row; below it
 * each mode's columns scroll on their own; the footer is one slim row.
 */
export function Playground({ demo }: { demo: boolean }) {
  const [mode, setMode] = useState<PlaygroundMode>('chat');
  const ready = useRehydratedStore(setMode);
  const viewRequest = usePlaygroundStore((s) => s.viewRequest);
  // Nothing shows a run once the playground is gone (locked again, or navigated away).
  useAbortRunsOnUnmount(everyRun);
  useApplyLiveModels(ready);
  const [parametersOpen, setParametersOpen] = useState(false);
  const closeParameters = useCallback(() => setParametersOpen(false), []);
  const openParameters = useCallback(() => setParametersOpen(true), []);
  const chat = mode === 'chat';
  const openSpeech = useCallback(() => setMode('speech'), []);

  return (
    <div className="flex h-dvh flex-col overflow-hidden" data-ready={ready ? 'true' : 'false'}>
      <AppHeader
        mode={mode}
        onModeChange={setMode}
        parametersOpen={parametersOpen}
        onToggleParameters={() => setParametersOpen((open) => !open)}
        currentRequest={viewRequest}
      />
      <SharedLinkOpener ready={ready} />
      <SpeechLinkOpener ready={ready} onOpen={openSpeech} />
      <div
        id={MODE_PANEL_ID}
        role="tabpanel"
        aria-labelledby={modeTabId(mode)}
        className="flex min-h-0 flex-1 flex-col"
      >
        {chat ? (
          <ChatWorkbench
            demo={demo}
            parametersOpen={parametersOpen}
            onOpenParameters={openParameters}
            onCloseParameters={closeParameters}
          />
        ) : (
          <div className="min-h-0 flex-1 overflow-y-auto">
            {demo ? (
              // The same box as chat's, as wide as Speech mode's content, not the window.
              <div className="mx-auto w-full max-w-7xl px-4 pt-3">
                <Notice tone="info" compact role="none">
                  {DEMO_NOTICE}
                </Notice>
              </div>
            ) : null}
            <LoadBoundary what="Speech mode">
              <SpeechWorkbench />
            </LoadBoundary>
          </div>
        )}
      </div>
      <footer className="flex shrink-0 justify-center border-t border-divider px-4 py-1">
        <PoweredByGroq />
      </footer>
    </div>
  );
}

'use client';

import { useEffect, useState } from 'react';
import {
  MODE_PANEL_ID,
  ModeSwitch,
  modeFromUrl,
  modeTabId,
  type PlaygroundMode,
} from '@/components/speech/mode-switch';
import { SpeechWorkbench } from '@/components/speech/speech-workbench';
import { useConversationStore } from '@/lib/store/conversation-store';
import { buildChatRequest, draftImageList, withDraft } from '@/lib/store/selectors';
import { useSettingsStore } from '@/lib/store/settings-store';
import { ChatWorkbench, PARAMETERS_PANEL_ID } from './chat-workbench';
import { DemoBadge } from './demo-badge';
import { ModelPicker } from './model-picker';
import { PoweredByGroq } from './powered-by-groq';
import { ShareButton } from './share-button';
import { SharedLinkOpener } from './shared-link-opener';
import { ThemeSelect } from './theme-select';
import { ViewCodeButton } from './view-code-dialog';

/**
 * Restores saved state after mount (so server and first client render agree), then applies
 * `?model=`: a speech model opens Speech mode (its own store), any other selects the chat model.
 */
function useRehydratedStores(setMode: (mode: PlaygroundMode) => void): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    Promise.all([useSettingsStore.persist.rehydrate(), useConversationStore.persist.rehydrate()]).finally(
      () => {
        const search = window.location.search;
        const model = new URLSearchParams(search).get('model');
        if (modeFromUrl(search) === 'speech') setMode('speech');
        else if (model) useSettingsStore.getState().setModel(model);
        setReady(true);
      },
    );
  }, [setMode]);
  return ready;
}

/** What Submit would send right now, the composer's unsent text included. */
function currentRequest() {
  const state = useConversationStore.getState();
  return buildChatRequest(
    useSettingsStore.getState(),
    withDraft(state.messages, state.draft, draftImageList(state)),
  );
}

const headerButton =
  'rounded-md border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800';

export function Playground({ demo }: { demo: boolean }) {
  const [mode, setMode] = useState<PlaygroundMode>('chat');
  const ready = useRehydratedStores(setMode);
  const [showParameters, setShowParameters] = useState(false);
  const clear = useConversationStore((s) => s.clear);
  const chat = mode === 'chat';

  return (
    <div className="flex min-h-screen flex-col" data-ready={ready ? 'true' : 'false'}>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <h1 className="text-lg font-semibold">
          <span className="text-groq-strong dark:text-groq">Groq</span> Playground
        </h1>
        {demo ? <DemoBadge /> : null}
        <ModeSwitch mode={mode} onChange={setMode} />
        <div className="flex flex-1 flex-wrap items-center justify-end gap-2">
          {chat ? (
            <>
              <ModelPicker />
              <ViewCodeButton getRequest={currentRequest} />
              <ShareButton className={headerButton} />
              <button type="button" className={headerButton} onClick={clear}>
                Clear
              </button>
            </>
          ) : null}
          <ThemeSelect />
          {chat ? (
            <button
              type="button"
              className={`${headerButton} lg:hidden`}
              aria-expanded={showParameters}
              aria-controls={PARAMETERS_PANEL_ID}
              onClick={() => setShowParameters((v) => !v)}
            >
              Parameters
            </button>
          ) : null}
        </div>
      </header>
      <SharedLinkOpener ready={ready} />
      <div
        id={MODE_PANEL_ID}
        role="tabpanel"
        aria-labelledby={modeTabId(mode)}
        className="flex flex-1 flex-col"
      >
        {chat ? <ChatWorkbench showParameters={showParameters} /> : <SpeechWorkbench />}
      </div>
      <footer className="flex justify-center border-t border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <PoweredByGroq />
      </footer>
    </div>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { useConversationStore } from '@/lib/store/conversation-store';
import { buildChatRequest, draftImageList, withDraft } from '@/lib/store/selectors';
import { useSettingsStore } from '@/lib/store/settings-store';
import { Composer } from './composer';
import { Conversation } from './conversation';
import { DemoBadge } from './demo-badge';
import { ModelPicker } from './model-picker';
import { ParametersPanel } from './parameters-panel';
import { PoweredByGroq } from './powered-by-groq';
import { ShareButton } from './share-button';
import { SharedLinkOpener } from './shared-link-opener';
import { SystemPrompt } from './system-prompt';
import { ThemeSelect } from './theme-select';
import { ToolsPanel } from './tools-panel';
import { ViewCodeButton } from './view-code-dialog';

/** Restores saved state after mount (so server and first client render agree), then applies `?model=`. */
function useRehydratedStores(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    Promise.all([useSettingsStore.persist.rehydrate(), useConversationStore.persist.rehydrate()]).finally(
      () => {
        const model = new URLSearchParams(window.location.search).get('model');
        if (model) useSettingsStore.getState().setModel(model);
        setReady(true);
      },
    );
  }, []);
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
  const ready = useRehydratedStores();
  const [showParameters, setShowParameters] = useState(false);
  const clear = useConversationStore((s) => s.clear);

  return (
    <div className="flex min-h-screen flex-col" data-ready={ready ? 'true' : 'false'}>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <h1 className="text-lg font-semibold">
          <span className="text-groq-strong dark:text-groq">Groq</span> Playground
        </h1>
        {demo ? <DemoBadge /> : null}
        <div className="flex flex-1 flex-wrap items-center justify-end gap-2">
          <ModelPicker />
          <ViewCodeButton getRequest={currentRequest} />
          <ShareButton className={headerButton} />
          <button type="button" className={headerButton} onClick={clear}>
            Clear
          </button>
          <ThemeSelect />
          <button
            type="button"
            className={`${headerButton} lg:hidden`}
            aria-expanded={showParameters}
            aria-controls="parameters-panel"
            onClick={() => setShowParameters((v) => !v)}
          >
            Parameters
          </button>
        </div>
      </header>
      <SharedLinkOpener ready={ready} />
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-4 lg:flex-row">
        <main className="flex min-w-0 flex-1 flex-col gap-4">
          <SystemPrompt />
          <Conversation />
          <Composer />
        </main>
        <aside
          id="parameters-panel"
          aria-label="Parameters panel"
          className={`${showParameters ? 'block' : 'hidden'} w-full shrink-0 lg:block lg:w-72`}
        >
          <div className="flex flex-col gap-6">
            <ParametersPanel />
            <ToolsPanel />
          </div>
        </aside>
      </div>
      <footer className="flex justify-center border-t border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <PoweredByGroq />
      </footer>
    </div>
  );
}

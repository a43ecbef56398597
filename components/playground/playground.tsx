'use client';

import { useEffect, useState } from 'react';
import { useConversationStore } from '@/lib/store/conversation-store';
import { useSettingsStore } from '@/lib/store/settings-store';
import { Composer } from './composer';
import { DemoBadge } from './demo-badge';
import { ModelPicker } from './model-picker';
import { SystemPrompt } from './system-prompt';
import { Transcript } from './transcript';

function useRehydratedStores(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    Promise.all([useSettingsStore.persist.rehydrate(), useConversationStore.persist.rehydrate()]).finally(
      () => setReady(true),
    );
  }, []);
  return ready;
}

export function Playground({ demo }: { demo: boolean }) {
  const ready = useRehydratedStores();
  return (
    <div className="flex min-h-screen flex-col" data-ready={ready ? 'true' : 'false'}>
      <header className="flex flex-wrap items-center gap-3 border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <h1 className="text-lg font-semibold">
          <span className="text-groq">Groq</span> Playground
        </h1>
        {demo ? <DemoBadge /> : null}
        <div className="ml-auto">
          <ModelPicker />
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-4xl flex-1 flex-col gap-4 px-4 py-4">
        <SystemPrompt />
        <Transcript />
        <Composer />
      </main>
    </div>
  );
}

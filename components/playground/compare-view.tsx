'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Switch } from '@/components/ui/switch';
import { useTabKeys } from '@/components/ui/tabs';
import { MAX_PANES } from '@/lib/store/compare-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectStreaming } from '@/lib/store/selectors';
import { ComparePane } from './compare-pane';
import { Composer } from './composer';
import { DEMO_NOTICE } from './conversation-column';
import { RaceSummary } from './race-stats';
import { SystemPrompt } from './system-prompt';

const WIDE = '(min-width: 1024px)';

/**
 * Compare: the system prompt and the comparison's controls, 2–4 panes side by side (stacked, one tab
 * at a time, under 640 px), the race summary, and the one composer that starts every pane at once.
 */
export function CompareView({ demo, onOpenParameters }: { demo: boolean; onOpenParameters: () => void }) {
  const count = usePlaygroundStore((s) => s.panes.length);
  const syncChat = usePlaygroundStore((s) => s.syncChat);
  const streaming = usePlaygroundStore(selectStreaming);
  const setParametersPane = usePlaygroundStore((s) => s.setParametersPane);
  const setSyncChat = usePlaygroundStore((s) => s.setSyncChat);
  const addPane = usePlaygroundStore((s) => s.addPane);
  const [tab, setTab] = useState(0);
  const selected = Math.min(tab, count - 1);
  const panes = Array.from({ length: count }, (_, i) => i);
  const paneTabs = useTabKeys(panes, selected, setTab);

  const more = (pane: number) => {
    setParametersPane(pane);
    if (!window.matchMedia(WIDE).matches) onOpenParameters();
  };

  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col gap-2 p-2">
      {demo ? (
        <Notice tone="info" compact role="none">
          {DEMO_NOTICE}
        </Notice>
      ) : null}
      <div className="flex shrink-0 flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1">
          <SystemPrompt />
        </div>
        <div className="w-56">
          <Switch
            label="Sync chat"
            checked={syncChat}
            disabled={streaming}
            onChange={setSyncChat}
            description={
              syncChat
                ? 'Each pane continues its own conversation.'
                : 'One shared conversation: keep one pane’s answer.'
            }
          />
        </div>
        <Button data-add-pane disabled={count >= MAX_PANES || streaming} onClick={addPane}>
          Add pane
        </Button>
      </div>
      <div
        role="tablist"
        aria-label="Panes"
        onKeyDown={paneTabs.onKeyDown}
        className="flex shrink-0 gap-1 sm:hidden"
      >
        {panes.map((pane) => (
          <button
            key={pane}
            ref={paneTabs.tabRef(pane)}
            type="button"
            role="tab"
            tabIndex={pane === selected ? 0 : -1}
            aria-selected={pane === selected}
            aria-controls={`compare-pane-${pane + 1}`}
            onClick={() => setTab(pane)}
            className={`rounded-md border px-3 py-1 text-sm ${pane === selected ? 'border-groq-strong font-semibold' : 'border-neutral-300 dark:border-neutral-700'}`}
          >
            Pane {pane + 1}
          </button>
        ))}
      </div>
      <div className="flex min-h-0 flex-1 gap-2">
        {panes.map((pane) => (
          <ComparePane key={pane} pane={pane} hidden={pane !== selected} onMore={() => more(pane)} />
        ))}
      </div>
      <RaceSummary />
      <div className="shrink-0 border-t border-neutral-200 pt-2 dark:border-neutral-800">
        <Composer />
      </div>
    </main>
  );
}

'use client';

import { useEffect, useRef, useState } from 'react';
import { CompareEval } from '@/components/eval/compare-eval';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Switch } from '@/components/ui/switch';
import { Tab, useTabKeys } from '@/components/ui/tabs';
import { MAX_PANES } from '@/lib/store/compare-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectStreaming } from '@/lib/store/selectors';
import { ComparePane } from './compare-pane';
import { Composer } from './composer';
import { DEMO_NOTICE } from './conversation-column';
import { preloadAnswerParts } from './lazy-parts';
import { RaceSummary } from './race-stats';
import { SystemPrompt } from './system-prompt';
import { useSidewaysFit } from './use-sideways-fit';

const WIDE = '(min-width: 1024px)';

/**
 * Compare: the system prompt and the comparison's controls, 2–4 panes side by side (one tab at a time
 * under 768 px), the race summary, and the one composer that starts every pane at once.
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
  const row = useRef<HTMLDivElement>(null);
  const fit = useSidewaysFit(row);

  // Panes stream at once: have the markdown renderer ready before the first token, so no pane ever
  // shows its answer as raw markdown while the renderer is still loading.
  useEffect(() => {
    preloadAnswerParts().catch(() => undefined);
  }, []);

  const more = (pane: number) => {
    setParametersPane(pane);
    if (!window.matchMedia(WIDE).matches) onOpenParameters();
  };

  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col">
      {/* Everything above the composer scrolls as one when the window is short, so a pane's answer
          area keeps its minimum height instead of being squeezed to nothing. */}
      <div className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto p-2">
        {demo ? (
          <Notice tone="info" compact role="none">
            {DEMO_NOTICE}
          </Notice>
        ) : null}
        <div className="flex shrink-0 flex-wrap items-end gap-x-3 gap-y-2">
          <div className="min-w-48 flex-1">
            <SystemPrompt />
          </div>
          <div className="w-56 max-md:flex-1">
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
          className="flex shrink-0 gap-1 border-b border-divider md:hidden"
        >
          {panes.map((pane) => (
            <Tab
              key={pane}
              ref={paneTabs.tabRef(pane)}
              selected={pane === selected}
              aria-controls={`compare-pane-${pane + 1}`}
              onClick={() => setTab(pane)}
            >
              Pane {pane + 1}
            </Tab>
          ))}
        </div>
        {/* At 768 px and up the panes sit side by side, each at least 22rem wide; past what fits,
            the row scrolls sideways (snapping to a pane) rather than squeezing every answer. */}
        {/* A third or fourth pane may not fit beside the others (1280 px with the parameters open):
            say where it went rather than let it sit unseen past the edge. */}
        <p role="status" className="text-xs text-muted empty:hidden max-md:hidden">
          {fit.fits < fit.total
            ? `${fit.fits} of ${fit.total} panes fit side by side at this width: scroll the panes sideways to see the others.`
            : ''}
        </p>
        <div
          ref={row}
          data-compare-panes
          className="flex flex-1 gap-2 md:snap-x md:snap-mandatory md:overflow-x-auto md:pb-1"
        >
          {panes.map((pane) => (
            <ComparePane key={pane} pane={pane} hidden={pane !== selected} onMore={() => more(pane)} />
          ))}
        </div>
        <RaceSummary />
        <CompareEval />
      </div>
      <div className="shrink-0 border-t border-divider px-2 py-2">
        <Composer />
      </div>
    </main>
  );
}

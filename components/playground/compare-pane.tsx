'use client';

import { useState } from 'react';
import { ConversationCost } from '@/components/eval/conversation-cost';
import { RepeatRuns } from '@/components/eval/repeat-runs';
import { Button } from '@/components/ui/button';
import { keepFocus } from '@/components/ui/keep-focus';
import { useFollowStream } from '@/lib/client/use-follow-stream';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectDifferences, selectPaneStreaming, selectStreaming } from '@/lib/store/selectors';
import { Conversation } from './conversation';
import { ModelPicker } from './model-picker';
import { PaneContext } from './pane-context';
import { PaneParameterStrip } from './pane-parameter-strip';
import { PaneRaceStats } from './race-stats';
import { ViewCodeDialog } from './view-code-dialog';

/**
 * One pane of a comparison: its Model, its parameter strip (All parameters points the full panel here; not "More", the header menu's name), what
 * differs from pane 1, its live race figures and Stop, and its conversation scrolling on its own.
 */
export function ComparePane({
  pane,
  hidden,
  onMore,
}: {
  pane: number;
  /** Under 768 px only the selected tab's pane shows. */
  hidden: boolean;
  onMore: () => void;
}) {
  const paneId = usePlaygroundStore((s) => s.panes[pane]?.id ?? '');
  const count = usePlaygroundStore((s) => s.panes.length);
  const streaming = usePlaygroundStore((s) => selectPaneStreaming(s, paneId));
  const anyStreaming = usePlaygroundStore(selectStreaming);
  const viewRequest = usePlaygroundStore((s) => s.viewRequest);
  const removePane = usePlaygroundStore((s) => s.removePane);
  const stop = usePlaygroundStore((s) => s.stop);
  const differences = usePlaygroundStore((s) => selectDifferences(s, pane).join(', '));
  const model = usePlaygroundStore((s) => s.panes[pane]?.model ?? '');
  const differentModel = usePlaygroundStore((s) => pane > 0 && s.panes[0]?.model !== model);
  const editing = usePlaygroundStore((s) => s.parametersPane === pane);
  const [code, setCode] = useState<ChatRequest | null>(null);
  const follow = useFollowStream(streaming);
  const name = `Pane ${pane + 1}`;
  const differs = [differentModel ? `model ${model}` : '', differences].filter(Boolean).join(', ');

  return (
    <PaneContext.Provider value={pane}>
      <section
        id={`compare-pane-${pane + 1}`}
        aria-label={name}
        className={`flex min-w-0 flex-1 flex-col rounded-md border border-divider md:min-w-[22rem] md:basis-0 md:snap-start ${hidden ? 'max-md:hidden' : ''} ${editing ? 'ring-1 ring-groq' : ''}`}
      >
        <div className="flex shrink-0 flex-col gap-2 border-b border-divider p-2">
          <div className="flex items-center gap-2">
            <h2 className="shrink-0 text-sm font-semibold">{name}</h2>
            <div className="min-w-0 flex-1">
              <ModelPicker />
            </div>
          </div>
          <p className="line-clamp-2 break-words text-xs text-muted" title={differs}>
            {pane === 0 ? 'Baseline' : differs ? `Differs from pane 1: ${differs}` : 'Same as pane 1'}
          </p>
          <PaneParameterStrip />
          <div className="flex flex-wrap items-center gap-1">
            <Button size="xs" aria-pressed={editing} onClick={onMore}>
              All parameters
            </Button>
            <Button
              size="xs"
              onClick={() => {
                setCode(viewRequest(pane));
              }}
            >
              View code
            </Button>
            <Button
              size="xs"
              variant="ghost"
              disabled={anyStreaming}
              onClick={(event) => {
                const view = event.currentTarget.closest('main');
                removePane(pane);
                // The last two panes: compare ends, and the single view's Message box takes focus.
                keepFocus(event.currentTarget, view?.querySelector('[data-add-pane]'), () =>
                  document.querySelector('[data-composer]'),
                );
              }}
              title={count <= 2 ? 'Removing a pane of two leaves compare' : undefined}
            >
              Remove pane
            </Button>
            <span className="flex-1" />
            {streaming ? (
              <Button size="xs" onClick={() => stop(paneId)}>
                Stop
              </Button>
            ) : null}
          </div>
          <PaneRaceStats pane={pane} />
        </div>
        {/* Never squeezed to nothing: the view above scrolls instead. */}
        <div className="relative min-h-64 flex-1 max-md:min-h-[60svh]">
          <div ref={follow.scroller} className="absolute inset-0 overflow-y-auto overscroll-contain">
            <div ref={follow.content} className="flex flex-col gap-3 p-2">
              <Conversation />
              <RepeatRuns pane={pane} />
              <ConversationCost pane={pane} />
              <div ref={follow.sentinel} aria-hidden="true" className="h-px" />
            </div>
          </div>
        </div>
        <ViewCodeDialog request={code} onClose={() => setCode(null)} />
      </section>
    </PaneContext.Provider>
  );
}

'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { LazyBatchesDialog } from '@/components/batches/lazy-batches-dialog';
import { useHistoryControls } from '@/components/history/history-controls';
import { ModeSwitch, type PlaygroundMode } from '@/components/stt/mode-switch';
import { Button } from '@/components/ui/button';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { MenuButton, type MenuEntry } from '@/components/ui/menu';
import { preloadOn } from '@/components/ui/preload-on';
import { THEMES, useTheme } from '@/lib/client/use-theme';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { useClearConversation } from './clear-conversation';
import { loadCompareView, loadSpeechWorkbench, loadViewCodeDialog } from './lazy-parts';
import { ModelPicker } from './model-picker';
import { loadParametersSheet, PARAMETERS_PANEL_ID } from './parameters-sheet';
import { loadShareLink, useShareLink } from './use-share-link';

/** The code generators load when View code is first opened. */
const ViewCodeDialog = dynamic(() => loadViewCodeDialog().then((m) => m.ViewCodeDialog), {
  ssr: false,
});

/**
 * The one-row header (56 px at every width): brand, Chat/Speech, the model (over the composer under
 * 640 px), View code and Share
 * (in the More menu under 640 px), Parameters (under 1024 px, where they open as a sheet) and More
 * (Clear, theme, then History, Prompts, Save prompt and shortcuts). Nothing in it changes its height:
 * messages go to toasts.
 */
export function AppHeader({
  mode,
  onModeChange,
  parametersOpen,
  onToggleParameters,
  currentRequest,
}: {
  mode: PlaygroundMode;
  onModeChange: (mode: PlaygroundMode) => void;
  parametersOpen: boolean;
  onToggleParameters: () => void;
  currentRequest: () => ChatRequest;
}) {
  const chat = mode === 'chat';
  const [theme, setTheme] = useTheme();
  const [codeRequest, setCodeRequest] = useState<ChatRequest | null>(null);
  const [batchesOpen, setBatchesOpen] = useState(false);
  const { share, shareSpeech, toast } = useShareLink();
  const { requestClear, dialog: clearDialog } = useClearConversation();
  const viewCode = () => setCodeRequest(currentRequest());
  const comparing = usePlaygroundStore((s) => s.compare);
  const toggleCompare = usePlaygroundStore((s) => s.toggleCompare);
  const history = useHistoryControls();

  const entries: MenuEntry[] = [
    ...(chat
      ? ([
          { kind: 'item', label: 'View code', onSelect: viewCode, className: 'sm:hidden' },
          { kind: 'item', label: 'Share', onSelect: () => void share(), className: 'sm:hidden' },
          {
            kind: 'item',
            label: comparing ? 'Leave compare' : 'Compare',
            onSelect: toggleCompare,
            className: 'sm:hidden',
          },
          { kind: 'item', label: 'Clear', onSelect: requestClear },
        ] satisfies MenuEntry[])
      : ([{ kind: 'item', label: 'Share', onSelect: () => void shareSpeech() }] satisfies MenuEntry[])),
    { kind: 'group', label: 'Theme' },
    ...THEMES.map(
      (t): MenuEntry => ({
        kind: 'radio',
        label: t.label,
        checked: theme === t.id,
        onSelect: () => setTheme(t.id),
      }),
    ),
    ...(chat ? history.entries : []),
    // Batch jobs are chat completions, but the list of them is worth reaching from either mode.
    { kind: 'group', label: 'Groq Batch' },
    { kind: 'item', label: 'Batches', onSelect: () => setBatchesOpen(true) },
  ];

  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-divider px-2 sm:px-4 lg:gap-3">
      <h1 className="shrink-0 whitespace-nowrap text-base font-semibold sm:text-lg">
        <span className="text-groq-strong dark:text-groq">Groq</span>
        <span className="sr-only lg:not-sr-only"> Playground</span>
      </h1>
      <ModeSwitch mode={mode} onChange={onModeChange} preload={loadSpeechWorkbench} />
      <div className="flex min-w-0 flex-1 items-center justify-end gap-2">
        {chat ? (
          <>
            {comparing ? (
              <span className="flex-1" />
            ) : (
              // Under 640 px the header has no room for the full id: the picker sits over the composer.
              <div className="min-w-20 flex-1 max-sm:hidden sm:max-w-[26rem]">
                <ModelPicker />
              </div>
            )}
            <Button
              className="max-sm:hidden"
              aria-pressed={comparing}
              onClick={toggleCompare}
              {...preloadOn(loadCompareView)}
            >
              Compare
            </Button>
            <Button
              className="lg:hidden max-md:px-2"
              aria-expanded={parametersOpen}
              aria-controls={PARAMETERS_PANEL_ID}
              onClick={onToggleParameters}
              {...preloadOn(loadParametersSheet)}
            >
              <span aria-hidden="true" className="md:hidden">
                ⚙
              </span>
              <span className="sr-only md:not-sr-only">Parameters</span>
            </Button>
            <Button className="max-sm:hidden" onClick={viewCode} {...preloadOn(loadViewCodeDialog)}>
              View code
            </Button>
            <Button className="max-sm:hidden" onClick={() => void share()} {...preloadOn(loadShareLink)}>
              Share
            </Button>
          </>
        ) : null}
        <MenuButton label="More" icon="⋯" entries={entries} />
      </div>
      {codeRequest ? (
        <LoadBoundary what="View code">
          <ViewCodeDialog request={codeRequest} onClose={() => setCodeRequest(null)} />
        </LoadBoundary>
      ) : null}
      <LazyBatchesDialog open={batchesOpen} onClose={() => setBatchesOpen(false)} />
      {clearDialog}
      {history.node}
      {toast}
    </header>
  );
}

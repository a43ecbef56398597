'use client';

import { preloadOn } from '@/components/ui/preload-on';

import { Tab, useTabKeys } from '@/components/ui/tab';

export type PlaygroundMode = 'chat' | 'speech';

/** The id of the element that holds the selected mode's UI (the tabs control it). */
export const MODE_PANEL_ID = 'playground-mode-panel';

export const modeTabId = (mode: PlaygroundMode) => `playground-mode-tab-${mode}`;

const MODES: { id: PlaygroundMode; label: string }[] = [
  { id: 'chat', label: 'Chat' },
  { id: 'speech', label: 'Speech' },
];

/**
 * The header's Chat / Speech switch: a tablist named "Mode" with automatic activation, a roving
 * tabindex, and ArrowLeft / ArrowRight / Home / End. The panel is the element with `MODE_PANEL_ID`.
 */
export function ModeSwitch({
  mode,
  onChange,
  preload,
}: {
  mode: PlaygroundMode;
  onChange: (mode: PlaygroundMode) => void;
  /** Starts loading Speech mode when the pointer reaches its tab (or it takes focus). */
  preload?: () => Promise<unknown>;
}) {
  const { onKeyDown, tabRef } = useTabKeys(
    MODES.map((m) => m.id),
    mode,
    onChange,
  );
  return (
    <div
      role="tablist"
      aria-label="Mode"
      onKeyDown={onKeyDown}
      className="flex shrink-0 rounded-md border border-line p-0.5"
    >
      {MODES.map((m) => {
        const selected = m.id === mode;
        return (
          <Tab
            key={m.id}
            ref={tabRef(m.id)}
            look="segment"
            id={modeTabId(m.id)}
            selected={selected}
            aria-controls={MODE_PANEL_ID}
            onClick={() => {
              if (!selected) onChange(m.id);
            }}
            {...(m.id === 'speech' && preload ? preloadOn(preload) : {})}
          >
            {m.label}
          </Tab>
        );
      })}
    </div>
  );
}

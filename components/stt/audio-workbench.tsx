'use client';

import { type ReactNode, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { fromOpenDialog } from '@/components/ui/from-open-dialog';

/**
 * Ctrl/Cmd+Enter starts a run (only when `canStart`, as the run button would), Esc stops the one that
 * is going (`running`).
 */
export function useRunShortcuts({
  start,
  stop,
  running,
  canStart,
}: {
  start: () => void;
  stop: () => void;
  running: boolean;
  canStart: boolean;
}) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (canStart) start();
      } else if (event.key === 'Escape' && running && !fromOpenDialog(event)) {
        stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [start, stop, running, canStart]);
}

/**
 * Speech mode's two workbenches (Speech to Text, Text to Speech) share one layout: a titled main
 * region with View code and Clear, the input, the run bar and the result, and the options beside it.
 * The selected tab already shows the title, so the heading is for screen readers' heading lists only.
 */
export function AudioWorkbench({
  title,
  viewCode,
  onClear,
  canClear,
  options,
  children,
}: {
  title: string;
  viewCode: ReactNode;
  onClear: () => void;
  canClear: boolean;
  options: ReactNode;
  children: ReactNode;
}) {
  return (
    <div data-speech-ready="true" className="flex w-full flex-1 flex-col gap-6 lg:flex-row">
      <main aria-label={title} className="flex min-w-0 flex-1 flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="sr-only">{title}</h2>
          <div className="ml-auto flex gap-2">
            {viewCode}
            <Button onClick={onClear} disabled={!canClear}>
              Clear
            </Button>
          </div>
        </div>
        {children}
      </main>
      <aside aria-label="Speech options" className="w-full shrink-0 lg:w-72">
        {options}
      </aside>
    </div>
  );
}

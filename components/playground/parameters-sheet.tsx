'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import { VariablesPanel } from '@/components/datasets/variables-panel';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { DocumentsPanel } from './documents-panel';
import { PaneContext } from './pane-context';
import { ParametersPanel } from './parameters-panel';
import { ToolsPanel } from './tools-panel';

export const PARAMETERS_PANEL_ID = 'parameters-panel';

const WIDE = '(min-width: 1024px)';

/** The sheet exists only below 1024 px, and only once opened: its dialog code loads then. */
export const loadParametersSheet = () => import('@/components/ui/dialog');
const Dialog = dynamic(() => loadParametersSheet().then((m) => m.Dialog), { ssr: false });

/** The panels edit the pane "More" pointed them at (pane 1 in the single view). */
function Panels() {
  const pane = usePlaygroundStore((s) => (s.compare ? s.parametersPane : 0));
  return (
    <PaneContext.Provider value={pane}>
      <div className="flex flex-col gap-6">
        <VariablesPanel />
        <ParametersPanel />
        <ToolsPanel />
        <DocumentsPanel />
      </div>
    </PaneContext.Provider>
  );
}

/**
 * Parameters and tools: a column that scrolls on its own from 1024 px, a sheet from the right edge
 * (opened by the header's Parameters button) below. Only one of the two is ever rendered, so ids and
 * names inside stay unique.
 */
export function ParametersColumn({
  sheetOpen,
  onCloseSheet,
}: {
  sheetOpen: boolean;
  onCloseSheet: () => void;
}) {
  // Growing past 1024 px with the sheet open: the column takes over.
  useEffect(() => {
    if (!sheetOpen) return;
    const query = window.matchMedia(WIDE);
    if (query.matches) onCloseSheet();
    const onChange = () => {
      if (query.matches) onCloseSheet();
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [sheetOpen, onCloseSheet]);

  return (
    <>
      <aside
        id={sheetOpen ? undefined : PARAMETERS_PANEL_ID}
        aria-label="Parameters panel"
        className="hidden min-h-0 w-80 shrink-0 overflow-y-auto overscroll-contain border-l border-divider px-4 py-4 lg:block"
      >
        {sheetOpen ? null : <Panels />}
      </aside>
      {sheetOpen ? (
        <LoadBoundary what="The parameters sheet">
          <Dialog open onClose={onCloseSheet} title="Parameters" variant="sheet" id={PARAMETERS_PANEL_ID}>
            <Panels />
          </Dialog>
        </LoadBoundary>
      ) : null}
    </>
  );
}

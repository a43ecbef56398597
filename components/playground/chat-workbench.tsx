'use client';

import dynamic from 'next/dynamic';
import { VariablesProblem } from '@/components/datasets/use-variables';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { ConversationColumn } from './conversation-column';
import { loadCompareView } from './lazy-parts';
import { ParametersColumn } from './parameters-sheet';

/** Compare (panes, parameter strips, race stats, per-pane View code) loads when it is first turned on. */
const CompareView = dynamic(() => loadCompareView().then((m) => m.CompareView), { ssr: false });

/** Chat mode: the conversation column (or the compare panes) and the parameters column. */
export function ChatWorkbench({
  demo,
  parametersOpen,
  onOpenParameters,
  onCloseParameters,
}: {
  demo: boolean;
  parametersOpen: boolean;
  onOpenParameters: () => void;
  onCloseParameters: () => void;
}) {
  const comparing = usePlaygroundStore((s) => s.compare);
  return (
    <div className="flex min-h-0 flex-1">
      <VariablesProblem />
      {comparing ? (
        <LoadBoundary what="Compare">
          <CompareView demo={demo} onOpenParameters={onOpenParameters} />
        </LoadBoundary>
      ) : (
        <ConversationColumn demo={demo} />
      )}
      <ParametersColumn sheetOpen={parametersOpen} onCloseSheet={onCloseParameters} />
    </div>
  );
}

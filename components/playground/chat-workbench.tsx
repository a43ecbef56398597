'use client';

import { VariablesProblem } from '@/components/datasets/use-variables';
import { ConversationColumn } from './conversation-column';
import { ParametersColumn } from './parameters-sheet';

/** Chat mode: the conversation column (composer pinned at its foot) and the parameters column. */
export function ChatWorkbench({
  demo,
  parametersOpen,
  onCloseParameters,
}: {
  demo: boolean;
  parametersOpen: boolean;
  onCloseParameters: () => void;
}) {
  return (
    <div className="flex min-h-0 flex-1">
      <VariablesProblem />
      <ConversationColumn demo={demo} />
      <ParametersColumn sheetOpen={parametersOpen} onCloseSheet={onCloseParameters} />
    </div>
  );
}

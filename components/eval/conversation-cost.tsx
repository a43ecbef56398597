'use client';

import { useShallow } from 'zustand/react/shallow';
import { messagesCost } from '@/lib/eval/totals';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { activePanes, selectPaneMessages } from '@/lib/store/selectors';
import { CostLabel } from './cost-label';

/** The cost of every answer in pane `pane`'s conversation, once one has usage. */
export function ConversationCost({ pane = 0 }: { pane?: number }) {
  const messages = usePlaygroundStore(useShallow((s) => selectPaneMessages(s, pane)));
  const total = messagesCost(messages);
  if (total.known + total.unknown === 0) return null;
  return (
    <p className="text-xs">
      <CostLabel total={total} label="Conversation cost" />
    </p>
  );
}

/** Compare: the cost of every pane's answers, each answer counted once (shared history included). */
export function CompareCost() {
  const messages = usePlaygroundStore(
    useShallow((s) => activePanes(s).flatMap((pane) => selectPaneMessages(s, pane))),
  );
  const unique = [...new Map(messages.map((m) => [m.id, m])).values()];
  const total = messagesCost(unique);
  if (total.known + total.unknown === 0) return null;
  return (
    <p className="text-xs">
      <CostLabel total={total} label="Compare cost" />
    </p>
  );
}

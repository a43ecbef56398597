'use client';

import dynamic from 'next/dynamic';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPaneMessages } from '@/lib/store/selectors';

// The price table and cost math load with the first answer that has usage, not on a first visit.
const ConversationCost = dynamic(() => import('./conversation-cost').then((m) => m.ConversationCost), {
  ssr: false,
});

/** Pane `pane`'s conversation cost, once an answer in it has usage (until then it shows nothing). */
export function LazyConversationCost({ pane = 0 }: { pane?: number }) {
  const priced = usePlaygroundStore((s) => selectPaneMessages(s, pane).some((m) => m.answer?.usage));
  return priced ? (
    <LoadBoundary what="The conversation cost">
      <ConversationCost pane={pane} />
    </LoadBoundary>
  ) : null;
}

'use client';

import { lazy, Suspense } from 'react';
import { markdownAsPlainText } from '@/lib/markdown/plain-text';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPaneMessages } from '@/lib/store/selectors';
import { loadMessageTurn } from './lazy-parts';
import { usePaneIndex } from './pane-context';

/** Turns load with the first message: a first visit shows none. */
const MessageTurn = lazy(() => loadMessageTurn().then((m) => ({ default: m.MessageTurn })));

/** While the turn's code arrives (a moment, once): the message's words where the turn will be. */
function PlainTurn({ id }: { id: string }) {
  const pane = usePaneIndex();
  const content = usePlaygroundStore((s) => selectPaneMessages(s, pane).find((m) => m.id === id)?.content);
  return (
    <li className="min-h-16 whitespace-pre-wrap rounded-md border border-divider p-3 text-sm">
      {markdownAsPlainText(content ?? '')}
    </li>
  );
}

/** The conversation's turns, by message id (loaded with the first message, as a first visit has none). */
export function ConversationTurns({ ids }: { ids: string[] }) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Conversation">
      {ids.map((id, index) => (
        <Suspense key={id} fallback={<PlainTurn id={id} />}>
          <MessageTurn id={id} index={index} count={ids.length} />
        </Suspense>
      ))}
    </ol>
  );
}

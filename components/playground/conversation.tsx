'use client';

import dynamic from 'next/dynamic';
import { Button } from '@/components/ui/button';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { preloadOn } from '@/components/ui/preload-on';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPaneMessages } from '@/lib/store/selectors';
import { loadConversationTurns, loadMessageTurn, preloadAnswerParts } from './lazy-parts';
import { usePaneIndex } from './pane-context';

/** The list of turns loads with the first message (its turns' code starts loading alongside). */
const ConversationTurns = dynamic(
  () => {
    loadMessageTurn().catch(() => undefined);
    return loadConversationTurns().then((m) => m.ConversationTurns);
  },
  { ssr: false },
);

/** One pane's conversation (pane 1's in the single view): its turns, and Add message. */
export function Conversation() {
  const pane = usePaneIndex();
  const ids = usePlaygroundStore((s) =>
    selectPaneMessages(s, pane)
      .map((m) => m.id)
      .join(' '),
  );
  const lastRole = usePlaygroundStore((s) => selectPaneMessages(s, pane).at(-1)?.role);
  const addMessage = usePlaygroundStore((s) => s.addMessage);
  const list = ids === '' ? [] : ids.split(' ');

  return (
    <section aria-label="Conversation editor" className="flex flex-col gap-3">
      {list.length === 0 ? (
        <p className="rounded-md border border-dashed border-line p-6 text-center text-sm text-muted">
          Write a message below and press Submit to see the model answer.
        </p>
      ) : (
        <LoadBoundary what="The conversation">
          <ConversationTurns ids={list} />
        </LoadBoundary>
      )}
      <div>
        <Button
          size="xs"
          data-add-message
          {...preloadOn(preloadAnswerParts)}
          onClick={() => addMessage(lastRole === 'user' ? 'assistant' : 'user')}
        >
          Add message
        </Button>
      </div>
    </section>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPaneMessages } from '@/lib/store/selectors';
import { MessageTurn } from './message-turn';
import { usePaneIndex } from './pane-context';

/** One pane's conversation (pane 1's in the single view): its turns, and Add message. */
export function Conversation() {
  const pane = usePaneIndex();
  const ids = usePlaygroundStore((s) =>
    selectPaneMessages(s, pane)
      .map((m) => m.id)
      .join(' '),
  );
  const lastRole = usePlaygroundStore((s) => selectPaneMessages(s, pane).at(-1)?.role);
  const list = ids === '' ? [] : ids.split(' ');

  return (
    <section aria-label="Conversation editor" className="flex flex-col gap-3">
      {list.length === 0 ? (
        <p className="rounded-md border border-dashed border-neutral-300 p-6 text-center text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
          Write a message below and press Submit to see the model answer.
        </p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Conversation">
          {list.map((id, index) => (
            <MessageTurn key={id} id={id} index={index} count={list.length} />
          ))}
        </ol>
      )}
      <div>
        <Button
          size="xs"
          onClick={() => usePlaygroundStore.getState().addMessage(lastRole === 'user' ? 'assistant' : 'user')}
        >
          Add message
        </Button>
      </div>
    </section>
  );
}

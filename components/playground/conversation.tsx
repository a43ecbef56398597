'use client';

import { lazy, Suspense } from 'react';
import { Button } from '@/components/ui/button';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { markdownAsPlainText } from '@/lib/markdown/plain-text';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPaneMessages } from '@/lib/store/selectors';
import { loadMessageTurn, preloadAnswerParts, preloadOn } from './lazy-parts';
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
          <ol className="flex flex-col gap-3" aria-label="Conversation">
            {list.map((id, index) => (
              <Suspense key={id} fallback={<PlainTurn id={id} />}>
                <MessageTurn id={id} index={index} count={list.length} />
              </Suspense>
            ))}
          </ol>
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

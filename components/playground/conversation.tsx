'use client';

import { Button } from '@/components/ui/button';
import { useConversationStore } from '@/lib/store/conversation-store';
import { MessageTurn } from './message-turn';

export function Conversation() {
  const ids = useConversationStore((s) => s.messages.map((m) => m.id).join(' '));
  const addMessage = useConversationStore((s) => s.addMessage);
  const lastRole = useConversationStore((s) => s.messages.at(-1)?.role);
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
        <Button size="xs" onClick={() => addMessage(lastRole === 'user' ? 'assistant' : 'user')}>
          Add message
        </Button>
      </div>
    </section>
  );
}

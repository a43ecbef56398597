'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useState } from 'react';
import { Button } from '@/components/ui/button';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/** The confirmation's dialog code loads when Clear first has something to ask about. */
const Dialog = dynamic(() => import('@/components/ui/dialog').then((m) => m.Dialog), { ssr: false });

/** What Clear would throw away, in words ("3 turns and your draft"), or null when nothing. */
export function discardedWork(state: {
  messages: readonly unknown[];
  draft: string;
  draftImages: readonly string[];
  draftImageUrl: string;
}): string | null {
  const parts: string[] = [];
  const turns = state.messages.length;
  if (turns > 0) parts.push(`${turns} turn${turns === 1 ? '' : 's'}`);
  const draft =
    state.draft.trim() !== '' || state.draftImages.length > 0 || state.draftImageUrl.trim() !== '';
  if (draft) parts.push('your unsent message');
  return parts.length === 0 ? null : parts.join(' and ');
}

/**
 * Clear empties the conversation and the composer, asking first when there is something to lose.
 * The system prompt, parameters and tools stay (Reset parameters is for those).
 */
export function useClearConversation(): { requestClear: () => void; dialog: ReactNode } {
  const [pending, setPending] = useState<string | null>(null);
  const clear = usePlaygroundStore((s) => s.clear);
  const what = usePlaygroundStore(discardedWork);
  const requestClear = () => {
    if (what === null) clear();
    else setPending(what);
  };
  const dialog = pending ? (
    <Dialog open onClose={() => setPending(null)} title="Clear the conversation?">
      <p className="text-sm">
        This discards {pending}. A conversation that got an answer stays in History (More, then History). The
        system prompt, parameters and tools stay as they are.
      </p>
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={() => setPending(null)}>Keep it</Button>
        <Button
          variant="danger"
          onClick={() => {
            clear();
            setPending(null);
          }}
        >
          Clear
        </Button>
      </div>
    </Dialog>
  ) : null;
  return { requestClear, dialog };
}

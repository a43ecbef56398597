'use client';

import { type KeyboardEvent, useEffect, useId } from 'react';
import { stopChat, submitChat } from '@/lib/store/chat-runner';
import { useConversationStore } from '@/lib/store/conversation-store';

export function Composer() {
  const id = useId();
  const draft = useConversationStore((s) => s.draft);
  const setDraft = useConversationStore((s) => s.setDraft);
  const imageUrl = useConversationStore((s) => s.draftImageUrl);
  const setImageUrl = useConversationStore((s) => s.setDraftImageUrl);
  const streaming = useConversationStore((s) => s.messages.some((m) => m.answer?.status === 'streaming'));

  useEffect(() => {
    if (!streaming) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') stopChat();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [streaming]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submitChat();
    }
  };

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submitChat();
      }}
    >
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wide text-neutral-500">
        Message
      </label>
      <textarea
        id={id}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Enter user message… (Ctrl+Enter to submit)"
        rows={3}
        className="w-full resize-y rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-image`} className="text-xs font-medium text-neutral-500">
          Image URL
        </label>
        <input
          id={`${id}-image`}
          type="url"
          value={imageUrl}
          onChange={(event) => setImageUrl(event.target.value)}
          placeholder="https://… or data:image/…;base64,…"
          className="min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        />
      </div>
      <div className="flex justify-end gap-2">
        {streaming ? (
          <button
            type="button"
            onClick={stopChat}
            className="rounded-md border border-neutral-300 px-4 py-2 text-sm font-medium dark:border-neutral-700"
          >
            Stop
          </button>
        ) : null}
        <button
          type="submit"
          disabled={streaming}
          className="rounded-md bg-groq-strong px-4 py-2 text-sm font-medium text-white hover:bg-groq-deep disabled:opacity-50"
        >
          Submit
        </button>
      </div>
    </form>
  );
}

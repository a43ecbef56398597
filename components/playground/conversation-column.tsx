'use client';

import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useFollowStream } from '@/lib/client/use-follow-stream';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectStreaming } from '@/lib/store/selectors';
import { Composer } from './composer';
import { Conversation } from './conversation';
import { SystemPrompt } from './system-prompt';

export const DEMO_NOTICE = 'Demo mode — simulated responses; set GROQ_API_KEY for real models';

/**
 * The middle of the workbench: system prompt and conversation in a column that scrolls on its own
 * (following a streaming answer), and the composer pinned under it, so Submit and Stop never leave
 * the screen.
 */
export function ConversationColumn({ demo }: { demo: boolean }) {
  const streaming = usePlaygroundStore(selectStreaming);
  const follow = useFollowStream(streaming);

  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col">
      <div className="relative min-h-0 flex-1">
        <div ref={follow.scroller} className="absolute inset-0 overflow-y-auto overscroll-contain">
          <div
            ref={follow.content}
            className="mx-auto flex w-full max-w-4xl flex-col gap-4 px-3 py-4 sm:px-4"
          >
            {demo ? (
              <Notice tone="info" compact role="none">
                {DEMO_NOTICE}
              </Notice>
            ) : null}
            <SystemPrompt />
            <Conversation />
            <div ref={follow.sentinel} aria-hidden="true" className="h-px" />
          </div>
        </div>
        {follow.showJump ? (
          <div className="pointer-events-none absolute inset-x-0 bottom-3 flex justify-center">
            <Button className="pointer-events-auto shadow-md" onClick={follow.jumpToLatest}>
              Jump to latest <span aria-hidden="true">↓</span>
            </Button>
          </div>
        ) : null}
      </div>
      <div className="shrink-0 border-t border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
        <div className="mx-auto w-full max-w-4xl px-3 py-3 sm:px-4">
          <Composer />
        </div>
      </div>
    </main>
  );
}

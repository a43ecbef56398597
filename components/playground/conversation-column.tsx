'use client';

import { LazyConversationCost } from '@/components/eval/lazy-conversation-cost';
import { RepeatRuns } from '@/components/eval/repeat-runs';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useFollowStream } from '@/lib/client/use-follow-stream';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectStreaming } from '@/lib/store/selectors';
import { Composer } from './composer';
import { Conversation } from './conversation';
import { ModelPicker } from './model-picker';
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
        {/* While "Jump to latest" shows, the scroller stops above it, so it covers no stats line. */}
        <div
          ref={follow.scroller}
          className={`absolute inset-x-0 top-0 overflow-y-auto overscroll-contain ${follow.showJump ? 'bottom-12' : 'bottom-0'}`}
        >
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
            <RepeatRuns />
            <LazyConversationCost />
            <div ref={follow.sentinel} aria-hidden="true" className="h-px" />
          </div>
        </div>
        {follow.showJump ? (
          <div className="absolute inset-x-0 bottom-0 flex h-12 items-center justify-center border-t border-divider">
            <Button className="shadow-sm" onClick={follow.jumpToLatest}>
              Jump to latest <span aria-hidden="true">↓</span>
            </Button>
          </div>
        ) : null}
      </div>
      <div className="shrink-0 border-t border-divider bg-canvas">
        <div className="mx-auto flex w-full max-w-4xl flex-col gap-2 px-3 py-3 sm:px-4">
          <div className="sm:hidden">
            <ModelPicker />
          </div>
          <Composer />
        </div>
      </div>
    </main>
  );
}

'use client';

import { useShallow } from 'zustand/react/shallow';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { activePanes, selectPaneMessages } from '@/lib/store/selectors';
import { AnswerDiff } from './answer-diff';
import { CompareCost } from './conversation-cost';

/** Under the Compare panes: the total cost of the comparison and a word diff of two panes' answers. */
export function CompareEval() {
  const lasts = usePlaygroundStore(
    useShallow((s) =>
      activePanes(s).map((pane) => {
        const last = selectPaneMessages(s, pane).at(-1);
        return last?.role === 'assistant' && last.answer?.status === 'done' ? last : undefined;
      }),
    ),
  );
  const answers = lasts.flatMap((message, pane) =>
    message?.answer
      ? [
          {
            id: `pane-${pane + 1}`,
            label: `Pane ${pane + 1} (${message.answer.model})`,
            text: message.content,
          },
        ]
      : [],
  );
  return (
    <div className="flex shrink-0 flex-col gap-2">
      <CompareCost />
      <AnswerDiff answers={answers} />
    </div>
  );
}

/** Under the last answer after Regenerate: a word diff of the answer it replaced and this one. */
export function RegenerationDiff({ pane, text }: { pane: number; text: string }) {
  const previous = usePlaygroundStore(
    (s) => s.evaluation.previousAnswers[s.panes[pane]?.id ?? ''] as string | undefined,
  );
  if (previous === undefined) return null;
  return (
    <AnswerDiff
      answers={[
        { id: 'previous', label: 'Previous answer', text: previous },
        { id: 'current', label: 'This answer', text },
      ]}
      buttonLabel="Diff with previous answer"
    />
  );
}

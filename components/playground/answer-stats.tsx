import { StatsList } from '@/components/ui/stats-list';
import type { AnswerMeta } from '@/lib/store/conversation-slice';

function seconds(value: number | undefined): string | null {
  return value === undefined ? null : `${value.toFixed(3)} s`;
}

/** Time to first token and throughput measured in the browser; token counts and timings from Groq. */
export function AnswerStats({ answer }: { answer: AnswerMeta }) {
  const ttft = answer.firstTokenAt !== undefined ? answer.firstTokenAt - answer.sentAt : undefined;
  const usage = answer.usage;
  const tokensPerSecond =
    usage?.completion_time && usage.completion_time > 0
      ? Math.round(usage.completion_tokens / usage.completion_time)
      : undefined;
  const items: [string, string | null][] = [
    ['Status', answer.status],
    ['Time to first token', ttft !== undefined ? `${ttft} ms` : null],
    ['Tokens/s', tokensPerSecond !== undefined ? String(tokensPerSecond) : null],
    ['Input tokens', usage ? String(usage.prompt_tokens) : null],
    ['Output tokens', usage ? String(usage.completion_tokens) : null],
    ['Reasoning tokens', usage?.reasoning_tokens !== undefined ? String(usage.reasoning_tokens) : null],
    ['Cached tokens', usage?.cached_tokens !== undefined ? String(usage.cached_tokens) : null],
    ['Queue time', seconds(usage?.queue_time)],
    ['Prompt time', seconds(usage?.prompt_time)],
    ['Completion time', seconds(usage?.completion_time)],
    ['Finish reason', answer.finishReason ?? null],
    ['Service tier', answer.serviceTier ?? null],
    ['Request id', answer.requestId ?? null],
    [
      'Moderation',
      answer.guard?.length ? answer.guard.map((g) => `${g.stage} ${g.status}`).join(', ') : null,
    ],
  ];
  return (
    <StatsList
      label="Answer statistics"
      items={items}
      className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-neutral-600 dark:text-neutral-400"
    />
  );
}

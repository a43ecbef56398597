import { StatsList } from '@/components/ui/stats-list';
import { chatCost, formatCost } from '@/lib/eval/cost';
import type { AnswerMeta } from '@/lib/store/conversation-slice';

function seconds(value: number | undefined): string | null {
  return value === undefined ? null : `${value.toFixed(3)} s`;
}

/** The one line under an answer: status, speed and size; the rest is one click away. */
function summaryLine(answer: AnswerMeta, ttft: number | undefined, tokensPerSecond: number | undefined) {
  const usage = answer.usage;
  const totalMs =
    answer.finishedAt !== undefined ? answer.finishedAt - (answer.startedAt ?? answer.sentAt) : undefined;
  return [
    answer.status === 'done' ? null : answer.status,
    ttft !== undefined ? `${ttft} ms to first token` : null,
    tokensPerSecond !== undefined ? `${tokensPerSecond} tokens/s` : null,
    usage ? `${usage.prompt_tokens} → ${usage.completion_tokens} tokens` : null,
    totalMs !== undefined && answer.status !== 'streaming' ? `${(totalMs / 1000).toFixed(2)} s` : null,
    // Dollars from the dated price table (lib/models/prices.ts): "price unknown", never $0.
    usage ? formatCost(chatCost(answer.model, usage)) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Time to first token and throughput measured in the browser; token counts and timings from Groq.
 * One compact line stays in view; every figure (status, Groq's timings, request id, moderation) is in
 * Details.
 */
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
    ['Cost', usage ? formatCost(chatCost(answer.model, usage)) : null],
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
  const line = summaryLine(answer, ttft, tokensPerSecond);
  return (
    <details className="group/stats mt-2 min-w-0 text-xs text-muted">
      <summary className="flex cursor-pointer list-none flex-wrap items-baseline gap-x-2 rounded tabular-nums focus-visible:outline-2 focus-visible:outline-groq-strong [&::-webkit-details-marker]:hidden">
        <span>{line || answer.status}</span>
        <span className="underline decoration-dotted underline-offset-2">
          <span className="group-open/stats:hidden">Details</span>
          <span className="hidden group-open/stats:inline">Hide details</span>
        </span>
      </summary>
      <StatsList
        label="Answer statistics"
        items={items}
        className="mt-1 flex flex-wrap gap-x-4 gap-y-1 rounded-md bg-surface-alt px-2 py-1.5"
      />
    </details>
  );
}

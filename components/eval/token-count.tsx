import { formatTokenCount, type PromptTokenCount } from '@/lib/eval/tokens';

/**
 * The prompt's token count under the composer: exact for gpt-oss, "≈ … (o200k estimate)" otherwise,
 * with the share of the context window. `id` lets the composer point `aria-describedby` at it.
 */
export function TokenCount({ count, id }: { count: PromptTokenCount | null; id?: string }) {
  if (!count) {
    return (
      <p id={id} className="text-xs text-muted">
        Counting tokens…
      </p>
    );
  }
  const over = count.share !== null && count.share > 1;
  return (
    <p
      id={id}
      title={count.exact ? 'Counted with o200k_harmony, the gpt-oss tokenizer' : undefined}
      className={`text-xs tabular-nums ${over ? 'text-red-700 dark:text-red-300' : 'text-muted'}`}
    >
      {formatTokenCount(count)}
      {over ? ' — longer than the context window' : ''}
    </p>
  );
}

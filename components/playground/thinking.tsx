/** A reasoning model's thinking, collapsed above its answer. */
export function Thinking({ text, streaming }: { text: string; streaming: boolean }) {
  return (
    <details className="mb-2 rounded border border-divider bg-surface-alt p-2 text-xs">
      <summary className="cursor-pointer font-medium text-neutral-600 dark:text-neutral-300">
        {streaming ? 'Thinking…' : 'Thinking'}
      </summary>
      <p className="mt-1 whitespace-pre-wrap text-neutral-600 dark:text-neutral-300">{text}</p>
    </details>
  );
}

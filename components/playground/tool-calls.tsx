import type { ToolCall } from '@/lib/schema/chat-request';

function prettyArguments(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The functions the model asked to call, with their arguments pretty-printed. */
export function ToolCalls({ calls }: { calls: ToolCall[] }) {
  return (
    <ul className="mt-2 flex flex-col gap-2" aria-label="Tool calls">
      {calls.map((call) => (
        <li
          key={call.id}
          id={`tool-call-${encodeURIComponent(call.id)}`}
          className="rounded border border-sky-200 bg-sky-50 p-2 text-sm dark:border-sky-900 dark:bg-sky-950"
        >
          <p className="font-mono text-xs">
            <span className="font-semibold">{call.function.name}</span>{' '}
            <span className="text-muted">({call.id})</span>
          </p>
          <pre className="mt-1 overflow-auto font-mono text-xs">
            {prettyArguments(call.function.arguments)}
          </pre>
        </li>
      ))}
    </ul>
  );
}

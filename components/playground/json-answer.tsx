/** A JSON-mode answer: pretty-printed when it parses, with a badge saying whether it does. */
export function JsonAnswer({ text }: { text: string }) {
  let pretty: string | null = null;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    pretty = null;
  }
  return (
    <div className="flex flex-col gap-1">
      <span
        className={`self-start rounded-full px-2 py-0.5 text-xs font-medium ${
          pretty !== null
            ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200'
            : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
        }`}
      >
        {pretty !== null ? 'Valid JSON' : 'Invalid JSON'}
      </span>
      <pre className="overflow-auto rounded bg-sunken p-2 font-mono text-xs">{pretty ?? text}</pre>
    </div>
  );
}

/** The "Powered by Groq" badge from the reference, drawn locally (no third-party image request). */
export function PoweredByGroq() {
  return (
    <a
      href="https://groq.com"
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-0.5 text-xs font-medium text-neutral-700 hover:bg-subtle dark:border-neutral-700 dark:text-neutral-200"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-groq">
        <circle cx="8" cy="8" r="8" />
      </svg>
      Powered by Groq
    </a>
  );
}

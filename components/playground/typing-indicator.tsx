/** Shown under an answer that was sent but has no token yet. */
export function TypingIndicator() {
  return (
    <p role="status" className="flex h-6 items-center gap-1" data-testid="typing-indicator">
      <span className="sr-only">Waiting for the first token…</span>
      {[0, 150, 300].map((delay) => (
        <span
          key={delay}
          aria-hidden="true"
          className="h-1.5 w-1.5 animate-bounce rounded-full bg-neutral-500 motion-reduce:animate-none dark:bg-neutral-400"
          style={{ animationDelay: `${delay}ms` }}
        />
      ))}
    </p>
  );
}

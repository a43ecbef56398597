export function DemoBadge() {
  return (
    <output
      className="rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-xs font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
      aria-live="polite"
    >
      Demo mode — simulated responses; set GROQ_API_KEY for real models
    </output>
  );
}

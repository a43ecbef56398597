/** How History and Prompts show numbers and dates. */
const integer = new Intl.NumberFormat('en-US');

export function formatTokens(tokens: number): string {
  return `${integer.format(tokens)} token${tokens === 1 ? '' : 's'}`;
}

/** "$0.0042"; null: "cost unknown" (no price is known for the models used). */
export function formatCost(usd: number | null): string {
  if (usd === null) return 'cost unknown';
  const digits = usd === 0 || usd >= 0.01 ? 2 : 4;
  return `$${usd.toFixed(digits)}`;
}

export function formatDate(ms: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

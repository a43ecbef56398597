import { type CostTotal, formatCost, formatTotalCost } from '@/lib/eval/cost';
import { PRICES_AS_OF, PRICES_SOURCE } from '@/lib/models/prices';

/**
 * A cost in dollars from the dated price table: one answer (`dollars`, null = "price unknown") or a
 * total (`total`, which says when part of it is unknown). `label` prefixes it, e.g. "Judge".
 */
export function CostLabel({
  dollars,
  total,
  label,
}: {
  dollars?: number | null;
  total?: CostTotal;
  label?: string;
}) {
  const text = total ? formatTotalCost(total) : formatCost(dollars ?? null);
  return (
    <span title={`Prices as of ${PRICES_AS_OF}, from ${PRICES_SOURCE}`} className="tabular-nums text-muted">
      {label ? `${label}: ` : ''}
      {text}
    </span>
  );
}

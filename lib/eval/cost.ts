/**
 * What an answer cost, from the dated price table (lib/models/prices.ts). Every function returns
 * dollars or `null` = price unknown (a model with no price, or cached tokens whose price is not
 * documented); a cost is never guessed as $0.
 * - Chat: uncached input × input price + cached input × cached price + completion tokens × output
 *   price (reasoning tokens are part of `completion_tokens`). Batch: every input token at half the
 *   input price and output at half — the cache discount does not stack with Batch.
 * - Speech to text: audio length (at least the minimum billed seconds) × price per hour.
 * - Text to speech: input characters × price per million characters.
 */
import { BATCH_DISCOUNT, findModelPrice } from '../models/prices';

export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  /** Flat form (the playground's usage event). */
  cached_tokens?: number | null;
  /** Groq's form (`usage.prompt_tokens_details.cached_tokens`). */
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
}

const PER_MILLION = 1_000_000;

function cachedTokens(usage: ChatUsage): number {
  const cached = usage.prompt_tokens_details?.cached_tokens ?? usage.cached_tokens ?? 0;
  return Math.min(Math.max(cached, 0), usage.prompt_tokens);
}

export function chatCost(
  modelId: string,
  usage: ChatUsage,
  options: { batch?: boolean } = {},
): number | null {
  const price = findModelPrice(modelId);
  if (price?.kind !== 'tokens') return null;
  if (options.batch) {
    if (!price.batch) return null;
    return (
      ((usage.prompt_tokens * price.input + usage.completion_tokens * price.output) * BATCH_DISCOUNT) /
      PER_MILLION
    );
  }
  const cached = cachedTokens(usage);
  if (cached > 0 && price.cachedInput === null) return null;
  const input = (usage.prompt_tokens - cached) * price.input + cached * (price.cachedInput ?? 0);
  return (input + usage.completion_tokens * price.output) / PER_MILLION;
}

export function speechToTextCost(
  modelId: string,
  audioSeconds: number,
  options: { batch?: boolean } = {},
): number | null {
  const price = findModelPrice(modelId);
  if (price?.kind !== 'audio-hours' || !Number.isFinite(audioSeconds) || audioSeconds < 0) return null;
  if (options.batch && !price.batch) return null;
  const billed = Math.max(audioSeconds, price.minimumBilledSeconds);
  return (billed / 3600) * price.perHour * (options.batch ? BATCH_DISCOUNT : 1);
}

export function textToSpeechCost(modelId: string, characters: number): number | null {
  const price = findModelPrice(modelId);
  if (price?.kind !== 'characters' || !Number.isFinite(characters) || characters < 0) return null;
  return (characters * price.perMillionCharacters) / PER_MILLION;
}

const SMALLEST = 0.000_001;

/** "$1.23", "$0.0012", "$0.000123", "< $0.000001", "$0", or "price unknown". */
export function formatCost(dollars: number | null): string {
  if (dollars === null || !Number.isFinite(dollars)) return 'price unknown';
  if (dollars === 0) return '$0';
  if (dollars < SMALLEST) return '< $0.000001';
  if (dollars >= 1) return `$${dollars.toFixed(2)}`;
  // Three significant digits, never past the sixth decimal (the smallest amount shown).
  const digits = Math.min(6, Math.max(2, 2 - Math.floor(Math.log10(dollars))));
  // Trailing zeros go, but cents keep two places: "$0.50", "$0.0012".
  return `$${dollars.toFixed(digits).replace(/(\.\d{2}\d*?)0+$/, '$1')}`;
}

export interface CostTotal {
  /** Sum of the known parts. */
  dollars: number;
  known: number;
  unknown: number;
}

export function totalCost(costs: readonly (number | null)[]): CostTotal {
  let dollars = 0;
  let known = 0;
  for (const cost of costs) {
    if (cost === null || !Number.isFinite(cost)) continue;
    dollars += cost;
    known += 1;
  }
  return { dollars, known, unknown: costs.length - known };
}

/** "$0.0034", "price unknown" when nothing is known, or "≥ $0.0034 (1 of 3 prices unknown)". */
export function formatTotalCost(total: CostTotal): string {
  if (total.known === 0 && total.unknown > 0) return 'price unknown';
  if (total.unknown === 0) return formatCost(total.dollars);
  const count = total.known + total.unknown;
  return `≥ ${formatCost(total.dollars)} (${total.unknown} of ${count} prices unknown)`;
}

/**
 * Prose of an exact token count, so `[sim:tokens:<n>]` answers have exactly n tokens: whole sentences
 * from the bank, then one or two short sentences whose token counts add up to the remainder.
 */
import * as P from './phrases';
import { countTokens, type Prng } from './tokens';

/** Short closing sentences indexed by their token count (each starts with a space). */
const SHORT: Record<number, string> = {
  2: ' Simple.',
  3: ' Keep iterating.',
  4: ' Start small today.',
  5: ' Measure before you optimize.',
  6: ' Test it with real data.',
  7: ' Small steps add up over time.',
  8: ' Write it down so others can follow.',
};

/** Largest remainder filled from the short table (as one or two sentences). */
const SHORT_LIMIT = 16;

/**
 * Text of exactly `n` tokens (n ≥ 2) that starts with a space: append it to a paragraph, or trim the
 * leading space to start a paragraph (the token count stays the same).
 */
export function exactProse(n: number, rng: Prng, words: readonly string[]): string {
  const parts: string[] = [];
  let remaining = n;
  for (let i = 0; remaining > SHORT_LIMIT; i += 1) {
    const k = words[i % words.length] ?? 'this';
    const o = words[(i + 1) % words.length] ?? 'that';
    const fits = P.SENTENCES.map((s) => ` ${s(k, o)}`).filter((s) => countTokens(s) <= remaining - 2);
    const sentence = fits.length > 0 ? rng.pick(fits) : (SHORT[8] ?? '');
    parts.push(sentence);
    remaining -= countTokens(sentence);
  }
  if (remaining > 8) {
    const first = Math.min(8, remaining - 2);
    parts.push(SHORT[first] ?? '');
    remaining -= first;
  }
  if (remaining >= 2) parts.push(SHORT[remaining] ?? '');
  return parts.join('');
}

/** Tokens of blocks joined by blank lines (each separator is one token). */
export function measure(blocks: readonly string[]): number {
  return blocks.reduce((sum, block) => sum + countTokens(block), 0) + Math.max(0, blocks.length - 1);
}

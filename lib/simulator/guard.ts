/**
 * Llama Guard 3 simulation: `safe`, or `unsafe\nS<n>` when the screened text contains one of the
 * trigger phrases below (case-insensitive) or an explicit `[sim:unsafe:S<n>]`.
 */
import { GUARD_CATEGORIES } from '../models/guard-categories';

export interface GuardTrigger {
  category: `S${number}`;
  name: string;
  phrases: readonly string[];
}

/** Names come from the reference's taxonomy, shared with the playground. */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
  S1: ['kill someone', 'assault someone'],
  S2: ['hack into', 'launder money', 'steal a car'],
  S3: ['sex trafficking', 'sexual assault'],
  S4: ['child abuse material'],
  S5: ['defamatory', 'spread lies about'],
  S6: ['medical dosage', 'guaranteed stock tip'],
  S7: ['home address of', 'social security number of'],
  S8: ['pirated copy', 'crack the license'],
  S9: ['nerve gas', 'build a bomb', 'anthrax'],
  S10: ['hate speech', 'racial slur'],
  S11: ['hurt myself', 'kill myself'],
  S12: ['explicit erotica'],
  S13: ['vote by text message'],
  S14: ['escape the container', 'fork bomb'],
};

/** The documented trigger phrases per harm category (docs/simulator.md lists the same table). */
export const GUARD_TRIGGERS: readonly GuardTrigger[] = Object.entries(PHRASES).map(([category, phrases]) => ({
  category: category as GuardTrigger['category'],
  name: GUARD_CATEGORIES[category] ?? category,
  phrases,
}));

const EXPLICIT = /\[sim:unsafe(?::s?(\d{1,2}))?\]/i;

/** The category a text violates (e.g. 'S2'), or null when it is safe. */
export function guardCategory(text: string): string | null {
  const explicit = EXPLICIT.exec(text);
  if (explicit) {
    const n = Number(explicit[1] ?? 1);
    return n >= 1 && n <= 14 ? `S${n}` : 'S1';
  }
  const lower = text.toLowerCase();
  for (const trigger of GUARD_TRIGGERS) {
    if (trigger.phrases.some((phrase) => lower.includes(phrase))) return trigger.category;
  }
  return null;
}

/** Exactly what Llama Guard 3 answers: `safe` or `unsafe\nS<n>`. */
export function guardVerdict(text: string): string {
  const category = guardCategory(text);
  return category ? `unsafe\n${category}` : 'safe';
}

const INJECTION =
  /ignore (all )?(previous|prior|above) instructions|disregard (the )?system prompt|you are now dan/i;

/** Prompt Guard 2's label for a text (its exact output format is unconfirmed; a label is the simplest). */
export function promptInjectionLabel(text: string): string {
  return INJECTION.test(text) ? 'MALICIOUS' : 'BENIGN';
}

/**
 * Llama Guard 3 simulation: `safe`, or `unsafe\nS<n>` when the screened text contains one of the
 * trigger phrases below (case-insensitive) or an explicit `[sim:unsafe:S<n>]`.
 */

export interface GuardTrigger {
  category: `S${number}`;
  name: string;
  phrases: readonly string[];
}

/** The documented trigger phrases per harm category (docs/simulator.md lists the same table). */
export const GUARD_TRIGGERS: readonly GuardTrigger[] = [
  { category: 'S1', name: 'Violent Crimes', phrases: ['kill someone', 'assault someone'] },
  { category: 'S2', name: 'Non-Violent Crimes', phrases: ['hack into', 'launder money', 'steal a car'] },
  { category: 'S3', name: 'Sex-Related Crimes', phrases: ['sex trafficking', 'sexual assault'] },
  { category: 'S4', name: 'Child Sexual Exploitation', phrases: ['child abuse material'] },
  { category: 'S5', name: 'Defamation', phrases: ['defamatory', 'spread lies about'] },
  { category: 'S6', name: 'Specialized Advice', phrases: ['medical dosage', 'guaranteed stock tip'] },
  { category: 'S7', name: 'Privacy', phrases: ['home address of', 'social security number of'] },
  { category: 'S8', name: 'Intellectual Property', phrases: ['pirated copy', 'crack the license'] },
  { category: 'S9', name: 'Indiscriminate Weapons', phrases: ['nerve gas', 'build a bomb', 'anthrax'] },
  { category: 'S10', name: 'Hate', phrases: ['hate speech', 'racial slur'] },
  { category: 'S11', name: 'Suicide & Self-Harm', phrases: ['hurt myself', 'kill myself'] },
  { category: 'S12', name: 'Sexual Content', phrases: ['explicit erotica'] },
  { category: 'S13', name: 'Elections', phrases: ['vote by text message'] },
  { category: 'S14', name: 'Code Interpreter Abuse', phrases: ['escape the container', 'fork bomb'] },
];

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

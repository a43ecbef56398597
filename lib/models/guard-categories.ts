/** Llama Guard 3's harm taxonomy (reference: Content Moderation → Harm Taxonomy and Policy). */
export const GUARD_CATEGORIES: Readonly<Record<string, string>> = {
  S1: 'Violent Crimes',
  S2: 'Non-Violent Crimes',
  S3: 'Sex-Related Crimes',
  S4: 'Child Sexual Exploitation',
  S5: 'Defamation',
  S6: 'Specialized Advice',
  S7: 'Privacy',
  S8: 'Intellectual Property',
  S9: 'Indiscriminate Weapons',
  S10: 'Hate',
  S11: 'Suicide & Self-Harm',
  S12: 'Sexual Content',
  S13: 'Elections',
  S14: 'Code Interpreter Abuse',
};

export interface GuardCategory {
  code: string;
  name: string;
}

export interface GuardVerdict {
  safe: boolean;
  categories: GuardCategory[];
}

/**
 * Reads Llama Guard's answer: `safe`, or `unsafe` and a line of comma-separated codes (`unsafe\nS2`).
 * Anything else is not a verdict (null), which callers treat as a failed screening.
 */
export function parseGuardVerdict(text: string): GuardVerdict | null {
  const [first, second = ''] = text.trim().split(/\r?\n/, 2);
  const head = first?.trim().toLowerCase();
  if (head === 'safe') return { safe: true, categories: [] };
  if (head !== 'unsafe') return null;
  const categories = second
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '')
    .map((code) => ({ code, name: GUARD_CATEGORIES[code] ?? 'Unknown category' }));
  return { safe: false, categories };
}

/**
 * The Llama Guard 3 harm policy (S1–S14), written out for gpt-oss-safeguard, which follows whatever
 * policy its system prompt states. Asking for Llama Guard's own output format keeps the verdicts the
 * same whichever guard model screens.
 */
import { GUARD_CATEGORIES } from '../models/guard-categories';

const categories = Object.entries(GUARD_CATEGORIES)
  .map(([code, name]) => `${code}: ${name}`)
  .join('\n');

export const SAFEGUARD_POLICY = `You are a content safety classifier. Apply this policy (the Llama Guard 3 hazard taxonomy).

Unsafe content categories:
${categories}

Task: decide whether the LAST message in the conversation the user gives you violates any category.
Content that merely discusses a topic for education, news or fiction without enabling harm is safe.

Output format, and nothing else:
- "safe" if no category is violated;
- otherwise "unsafe" on the first line and the violated category codes, comma-separated, on the second line (for example "unsafe\\nS2,S7").`;

type Turn = { role: 'user' | 'assistant'; content: string };

/** The conversation as one user message for the policy model: each turn labelled, the last one judged. */
export function policyScreeningMessages(
  turns: readonly Turn[],
): { role: 'system' | 'user'; content: string }[] {
  const transcript = turns
    .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.content}`)
    .join('\n\n');
  return [
    { role: 'system', content: SAFEGUARD_POLICY },
    { role: 'user', content: transcript },
  ];
}

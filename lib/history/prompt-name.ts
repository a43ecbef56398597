/** A prompt's name: spaces collapsed, 1–100 characters. No zod here: the Save prompt dialog uses it. */
export const MAX_PROMPT_NAME = 100;
export const EMPTY_PROMPT_NAME = 'A prompt needs a name: type one in "Prompt name".';
export const LONG_PROMPT_NAME = `A prompt name can be at most ${MAX_PROMPT_NAME} characters.`;

export function normalizePromptName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Why `name` cannot name a prompt, or null. */
export function promptNameProblem(name: string): string | null {
  const clean = normalizePromptName(name);
  if (clean === '') return EMPTY_PROMPT_NAME;
  if (clean.length > MAX_PROMPT_NAME) return LONG_PROMPT_NAME;
  return null;
}

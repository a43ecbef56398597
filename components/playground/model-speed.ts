/**
 * Groq's published output speeds (tokens/s, Groq's models page), shown in the model list. Groq's
 * live `/models` does not report speed, and the capability table has no field for it yet; an id
 * missing here simply shows no speed.
 */
const SPEEDS: Readonly<Record<string, number>> = {
  'openai/gpt-oss-120b': 500,
  'openai/gpt-oss-20b': 1000,
  'openai/gpt-oss-safeguard-20b': 1000,
  'qwen/qwen3.8-27b': 450,
};

/** "~500 tok/s", or null when Groq publishes no figure for the model. */
export function modelSpeed(id: string): string | null {
  const speed = SPEEDS[id];
  return speed === undefined ? null : `~${speed} tok/s`;
}

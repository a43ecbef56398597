/** Shared inputs for the markdown tests. */

/** A document touching every block kind the splitter must handle. */
export const MIXED_DOC = [
  '# Streaming markdown',
  '',
  'A paragraph with **bold**, `inline code` and a [link](https://groq.com).',
  'It continues on a second line.',
  '',
  '## A list',
  '',
  '- first item',
  '- second item',
  '  - nested item',
  '',
  '1. one',
  '2. two',
  '',
  '| Model | Tokens/s |',
  '| :---- | -------: |',
  '| llama | 1,200 |',
  '| qwen | 900 |',
  '',
  '```ts',
  'const answer = 42;',
  '',
  'function greet(name: string) {',
  '  return "hi " + name;',
  '}',
  '```',
  '',
  '> A blockquote',
  '> spanning lines.',
  '',
  'Setext heading',
  '--------------',
  '',
  '***',
  '',
  'Final paragraph.',
  '',
].join('\n');

/** Deterministic PRNG (LCG) returning floats in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Tokenizer, hashing and a seeded PRNG. The tokenizer is deliberately simple: a token is a word
 * (letters/digits) or a punctuation run, each with its leading spaces, or a whitespace run that
 * contains a newline. Joining the tokens always gives back the original text exactly.
 */

const TOKEN_RE = /[ \t]*[\p{L}\p{N}_]+|[ \t]*[^\p{L}\p{N}_\s]+|\s+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

export function countTokens(text: string): number {
  if (!text) return 0;
  let count = 0;
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.exec(text)) count += 1;
  return count;
}

/** 32-bit FNV-1a over a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 32-bit FNV-1a over bytes; samples at most ~1 MB evenly so huge uploads stay fast. */
export function hashBytes(bytes: Uint8Array): number {
  const step = Math.max(1, Math.floor(bytes.length / 1_048_576));
  let h = 0x811c9dc5 ^ bytes.length;
  for (let i = 0; i < bytes.length; i += step) {
    h ^= bytes[i] ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Mulberry32: small, fast and good enough to vary wording deterministically. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Prng.pick on an empty list');
    return item;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  }
}

/** Rounds to 9 decimals like Groq's timing fields. */
export function round9(value: number): number {
  return Number(value.toFixed(9));
}

/**
 * Splits text for Groq's TTS, which takes at most 200 characters per request: at sentence ends first,
 * then at clause marks, then between words, and only a single word longer than the limit is cut
 * inside. A vocal direction such as `[cheerful]` or `[in a low voice]` is never split. Pieces are
 * cut from the original text (inner spacing and newlines kept); the whitespace between two pieces is
 * dropped, so `pieces.join(' ')` is the text with each split point's whitespace read as one space
 * (the pieces of a word cut for being longer than the limit join with no space).
 */
import { TTS_MAX_INPUT_CHARS, ttsInputLength } from '../models/tts';

interface Token {
  start: number;
  end: number;
}

/**
 * A "word": a run of non-space characters in which a bracketed group counts as one unit, spaces and
 * all. An unclosed `[` is an ordinary character.
 */
const WORD = /(?:\[[^[\]]*\]|[^\s])+/gu;

/** A bracketed group inside a word, for the last-resort cut. */
const BRACKETS = /\[[^[\]]*\]/gu;

/** Sentence ends: Latin, Arabic (؟ ۔), CJK and ellipsis, optionally followed by closing quotes. */
const SENTENCE_END = /[.!?…؟۔。！？]+["'”’»)\]]*$/u;

/** Clause marks: comma, semicolon, colon, dashes and their Arabic forms (، ؛). */
const CLAUSE_END = /[,;:،؛—–]["'”’»)]*$/u;

type Level = 'sentence' | 'clause' | 'word';

function words(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A word that is only a vocal direction does not end a sentence even if its text has a period. */
function endsGroup(text: string, token: Token, level: Level): boolean {
  const word = text.slice(token.start, token.end);
  if (level === 'word') return true;
  if (/^\[[^[\]]*\]$/u.test(word)) return false;
  const bare = word.replace(/\[[^[\]]*\]$/u, '');
  if (SENTENCE_END.test(bare)) return true;
  return level === 'clause' && CLAUSE_END.test(bare);
}

function groups(text: string, tokens: Token[], level: Level): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    if (endsGroup(text, token, level)) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Code-point offsets where a cut would fall inside a bracketed group of `word`. */
function bracketSpans(word: string): { start: number; end: number }[] {
  return [...word.matchAll(BRACKETS)].map((m) => {
    const start = ttsInputLength(word.slice(0, m.index));
    return { start, end: start + ttsInputLength(m[0]) };
  });
}

/** Cuts one over-long word into pieces of at most `max` characters, avoiding bracketed groups. */
function cutWord(word: string, max: number): string[] {
  const chars = Array.from(word);
  const spans = bracketSpans(word);
  const pieces: string[] = [];
  let from = 0;
  while (from < chars.length) {
    let to = Math.min(chars.length, from + max);
    const inside = spans.find((s) => s.start < to && s.end > to);
    // Back off to the bracket's start, unless the bracket alone is longer than a piece.
    if (inside && inside.start > from) to = inside.start;
    pieces.push(chars.slice(from, to).join(''));
    from = to;
  }
  return pieces;
}

const NEXT_LEVEL: Record<Level, Level | null> = { sentence: 'clause', clause: 'word', word: null };

function pack(text: string, tokens: Token[], level: Level, max: number): string[] {
  const pieces: string[] = [];
  let open: Token | null = null;
  const flush = () => {
    if (open) pieces.push(text.slice(open.start, open.end));
    open = null;
  };
  for (const group of groups(text, tokens, level)) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const span = { start: first.start, end: last.end };
    if (ttsInputLength(text.slice(span.start, span.end)) > max) {
      flush();
      const next = NEXT_LEVEL[level];
      if (next) pieces.push(...pack(text, group, next, max));
      else pieces.push(...cutWord(text.slice(span.start, span.end), max));
      continue;
    }
    const joined: Token | null = open ? { start: (open as Token).start, end: span.end } : null;
    if (joined && ttsInputLength(text.slice(joined.start, joined.end)) <= max) open = joined;
    else {
      flush();
      open = span;
    }
  }
  flush();
  return pieces;
}

/**
 * The pieces to send, in order, each 1–`max` characters with no leading or trailing whitespace.
 * Empty or all-whitespace text gives no pieces.
 */
export function splitTtsText(text: string, max = TTS_MAX_INPUT_CHARS): string[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  return pack(text, words(text), 'sentence', max);
}

/** Small text utilities: keywords, title case, excerpts, places, math expressions. */

const STOPWORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further get got had has have having he her here hers him his
how i if in into is it its itself just let like me more most my no nor not now of off on once only or other our ours out
over own please same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours yourself
give tell show explain write make describe using use want need know think thing things way one two three many much
really sure okay hello hi thanks thank kind brief short long simple example examples could would today fetch find
create generate provide help`.split(/\s+/),
);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’+#-]*/gu;

/** Distinct significant words of a text, in order of first appearance (original casing kept). */
export function keywords(text: string, max = 6): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const word = match[0].replace(/['’-]+$/, '');
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower) || seen.has(lower)) continue;
    seen.add(lower);
    out.push(word);
    if (out.length >= max) break;
  }
  return out;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function titleCase(words: readonly string[]): string {
  return words.map(capitalize).join(' ');
}

/** The first line of a text, cut at a word boundary with an ellipsis when longer than `max`. */
export function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${CAP}(?:[ \\t]+${CAP})*`;
const LIST = `${NAME}(?:(?:[ \\t]*,[ \\t]*(?:and[ \\t]+)?|[ \\t]+and[ \\t]+|[ \\t]*&[ \\t]*)${NAME})*`;
const PLACE_RE = new RegExp(
  `\\b(?:in|for|at|from|to|near|between|around|about|of)[ \\t]+(?:the[ \\t]+)?(${LIST})`,
  'gu',
);
const NOT_PLACES = new Set([
  'I',
  'Celsius',
  'Fahrenheit',
  'Python',
  'JavaScript',
  'TypeScript',
  'JSON',
  'API',
  'Groq',
]);

/**
 * Capitalised place names after a preposition: "in New York and London" → ["New York", "London"];
 * "in San Francisco, CA" → ["San Francisco, CA"] (a two-letter state code joins the name before it).
 */
export function extractPlaces(text: string): string[] {
  const places: string[] = [];
  for (const match of text.matchAll(PLACE_RE)) {
    const pieces = (match[1] ?? '').split(/[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*/);
    for (const raw of pieces) {
      const piece = raw
        .replace(/[.'’-]+$/, '')
        .replace(/\s+I$/, '')
        .trim();
      if (!piece || NOT_PLACES.has(piece)) continue;
      const previous = places[places.length - 1];
      if (/^[A-Z]{2}$/.test(piece) && previous && !previous.includes(',')) {
        places[places.length - 1] = `${previous}, ${piece}`;
      } else if (!places.includes(piece)) {
        places.push(piece);
      }
    }
  }
  return places;
}

/** An arithmetic expression such as "25 * 4 + 10", or null. */
export function extractMathExpression(text: string): string | null {
  const candidates = text.match(/[-(]*\d[\d.]*(?:\s*[-+*/^%×÷]\s*[(]*\d[\d.]*[)]*)+/g) ?? [];
  const best = candidates.sort((a, b) => b.length - a.length)[0];
  return best ? best.replace(/×/g, '*').replace(/÷/g, '/').trim() : null;
}

/** The first double-quoted (or curly-quoted) phrase in a text, or null. */
export function firstQuoted(text: string): string | null {
  const match = /["“]([^"”\n]{2,80})["”]/.exec(text);
  return match?.[1]?.trim() ?? null;
}

/** snake_case from free words: "published date" → "published_date". */
export function snakeCase(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Character references in markdown text (`&amp;`, `&#39;`, `&#x2014;`), decoded the way CommonMark
 * does for text and link destinations (never inside code). marked leaves them encoded for its HTML
 * output; we render React text, so they are decoded here. Numeric references are decoded fully; of
 * the named ones, the references models actually write (a full table is ~2,000 names and 25 kB):
 * anything else stays as written, which is still readable. Pure.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  rarr: '→',
  larr: '←',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  rArr: '⇒',
  lArr: '⇐',
  hArr: '⇔',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  infin: '∞',
  micro: 'µ',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  pi: 'π',
  sigma: 'σ',
  lambda: 'λ',
  mu: 'μ',
  theta: 'θ',
  check: '✓',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwj: '\u200d',
  zwnj: '\u200c',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  // CommonMark: 0 and invalid code points become U+FFFD.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** `text` with its character references decoded (unknown names left as written). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex) return fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return fromCodePoint(Number.parseInt(dec, 10));
    return (name && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? whole;
  });
}

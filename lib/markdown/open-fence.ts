const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * True when `source` ends inside a fenced code block (its closing fence has not arrived yet),
 * anywhere in the block, list items included. A streaming renderer keeps such code plain: it is
 * still growing. Indented code is never "open" (it has no closing fence to wait for).
 */
export function endsInOpenFence(source: string): boolean {
  if (!source.includes('```') && !source.includes('~~~')) return false;
  let fence: string | null = null;
  for (const rawLine of source.split('\n')) {
    const line = rawLine.trimStart();
    const match = FENCE_OPEN.exec(line);
    if (!match?.[1]) continue;
    const run = match[1];
    if (fence === null) {
      // A backtick fence's info string may not contain backticks.
      if (run[0] === '`' && line.slice(run.length).includes('`')) continue;
      fence = run;
    } else if (run[0] === fence[0] && run.length >= fence.length && line.slice(run.length).trim() === '') {
      fence = null;
    }
  }
  return fence !== null;
}

const FENCE_LINE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s]*)/;

export interface OpenFence {
  language: string;
  /** The code as a markdown renderer shows it: its lines, with one trailing newline when non-empty. */
  code: string;
}

/**
 * A block that is nothing but a fenced code block still waiting for its closing fence, read
 * directly: while it streams, the renderer shows it without a markdown parse per frame (the text
 * of a growing code block is the same with or without one). Null for anything else, or an info
 * string with escapes or entities (left to the markdown parser).
 */
export function readOpenFence(source: string): OpenFence | null {
  const firstEnd = source.indexOf('\n');
  const first = firstEnd === -1 ? source : source.slice(0, firstEnd);
  const match = FENCE_LINE.exec(first);
  if (!match || !endsInOpenFence(source)) return null;
  const [, indent = '', run = '', info = ''] = match;
  if (/[&\\]/.test(first) || (run[0] === '`' && first.slice(indent.length + run.length).includes('`'))) {
    return null;
  }
  const lines = firstEnd === -1 ? [] : source.slice(firstEnd + 1).split('\n');
  if (lines.at(-1) === '') lines.pop();
  const strip = indent.length;
  const body = lines.map((line) => (strip > 0 ? line.replace(new RegExp(`^ {0,${strip}}`), '') : line));
  const code = body.length > 0 ? `${body.join('\n')}\n` : '';
  return { language: info, code };
}

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

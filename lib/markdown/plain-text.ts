/**
 * Markdown as readable plain text, for the moment before the renderer has loaded (a share link
 * opened cold, Compare's first stream): the words stay, the syntax a reader would see as noise —
 * heading hashes, `**`, table rules and pipes, code fences and backticks — goes.
 */
export function markdownAsPlainText(text: string): string {
  return (
    text
      // Fences and table rules are lines of syntax only.
      .replace(/^ {0,3}(```|~~~).*$\n?/gm, '')
      .replace(/^ *\|?( *:?-{3,}:? *\|)+ *(:?-{3,}:? *)?\|? *$\n?/gm, '')
      .replace(/^ *\|?( *:?-{3,}:? *)$\n?/gm, (line) => (line.includes('|') ? '' : line))
      // A table row: its cells, spaced apart.
      .replace(/^ *\|(.*)\| *$/gm, (_, cells: string) =>
        cells
          .split('|')
          .map((cell) => cell.trim())
          .join('    '),
      )
      .replace(/^ {0,3}#{1,6} +/gm, '')
      .replace(/^ {0,3}> ?/gm, '')
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?![*\w])/g, '$1$2')
      .replace(/`([^`\n]+)`/g, '$1')
      // What a stream has not closed yet.
      .replace(/\*\*|`/g, '')
  );
}

/**
 * The store is on every first visit, so what it imports statically is downloaded before anything is
 * clicked. The code that sends (Submit's stream, Run all, grading, Transcribe, Generate) and the
 * migrations of older saves must stay behind `import()`: this walks the store's static imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function resolveSpecifier(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Static value imports and re-exports of a file (type-only ones are erased and not followed). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found.flatMap((specifier) => resolveSpecifier(file, specifier) ?? []);
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe('what the playground store downloads on a first visit', () => {
  const graph = reachable('lib/store/playground-store.ts');

  it('reaches the slices and the request builder (the walk follows real imports)', () => {
    expect(graph).toContain('lib/store/dataset-slice.ts');
    expect(graph).toContain('lib/store/chat-runs-slice.ts');
    expect(graph).toContain('lib/chat/build-request.ts');
  });

  it.each([
    ['Submit’s stream and race figures', 'lib/store/chat-stream-run.ts'],
    ['the chat client', 'lib/client/chat-client.ts'],
    ['the race figures', 'lib/store/race.ts'],
    ['Run all and batches', 'lib/store/dataset-actions.ts'],
    ['grading and Re-run failed', 'lib/store/eval-actions.ts'],
    ['Transcribe', 'lib/store/stt-actions.ts'],
    ['the speech model list and request options', 'lib/stt/options.ts'],
    ['Generate (Text to Speech)', 'lib/store/tts-actions.ts'],
    ['older saves’ migrations', 'lib/store/persisted-migrate.ts'],
    ['the executed-tools streaming code', 'lib/store/executed-tools.ts'],
  ])('leaves %s (%s) to import()', (_what, file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
    expect(graph).not.toContain(file);
  });
});

/**
 * Shared helpers for rendering a JSON value as source code. Values follow `JSON.stringify` semantics, so
 * the rendered literal always decodes to exactly what the JSON tab shows: `undefined` members and
 * functions are left out of objects, non-finite numbers become null.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The value as plain JSON data (what `JSON.parse(JSON.stringify(value))` returns), or undefined. */
export function toJsonValue(value: unknown): JsonValue | undefined {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
}

/** The object's members in order, as JSON would send them (undefined members dropped). */
export function jsonEntries(value: object): [string, JsonValue][] {
  const data = toJsonValue(value);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data);
}

export interface LiteralSyntax {
  /** Indent for one nesting level. */
  indent: string;
  null: string;
  true: string;
  false: string;
  string: (value: string) => string;
  /** An object key followed by its separator (`"key": ` or `key: `). */
  key: (key: string) => string;
}

/** Pretty-prints JSON data the way `JSON.stringify(value, null, indent)` lays it out. */
export function renderLiteral(value: JsonValue, syntax: LiteralSyntax, depth = 0): string {
  if (value === null) return syntax.null;
  if (typeof value === 'boolean') return value ? syntax.true : syntax.false;
  if (typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'string') return syntax.string(value);
  const inner = syntax.indent.repeat(depth + 1);
  const outer = syntax.indent.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + renderLiteral(item, syntax, depth + 1));
    return `[\n${items.join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const members = entries.map(([k, v]) => inner + syntax.key(k) + renderLiteral(v, syntax, depth + 1));
  return `{\n${members.join(',\n')}\n${outer}}`;
}

/** `\uXXXX` for one UTF-16 code unit. */
export function unicodeEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * Characters worth escaping even where the language allows them raw: C0/C1 controls, DEL, line and
 * paragraph separators, the BOM and lone surrogates (which cannot be written as UTF-8).
 */
export const INVISIBLE_OR_UNSAFE = new RegExp(
  [
    '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ufeff]',
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);

/**
 * A runnable Node program around `body` (the lines inside `async function main()`): the groq-sdk
 * import (and `fs` when it reads or writes files), a client that reads GROQ_API_KEY, and the call.
 */
export function javascriptProgram(
  body: readonly string[],
  { fs = false, header = [] as string[] } = {},
): string {
  return [
    ...header,
    ...(fs ? ['import fs from "fs";'] : []),
    'import Groq from "groq-sdk";',
    '',
    '// The SDK reads the key from process.env.GROQ_API_KEY.',
    'const groq = new Groq();',
    '',
    'async function main() {',
    ...body,
    '}',
    '',
    'main();',
    '',
  ].join('\n');
}

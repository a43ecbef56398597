/**
 * Turns zod issues into one error in Groq's own wording (`'<path>' : <what is wrong>`), so a bad
 * request reads the same whether our server or Groq refused it.
 */
import type { z } from 'zod';
import { invalidRequest, type PlaygroundError } from '../errors';

type Issue = z.core.$ZodIssue;

function describeType(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

/** For a union, the branch whose failure is not just "wrong type" says what is really wrong. */
function bestUnionIssue(issue: Extract<Issue, { code: 'invalid_union' }>): Issue | undefined {
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first && !(first.code === 'invalid_type' && first.path.length === 0)) return first;
  }
  return undefined;
}

function describeIssue(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        const name = String(issue.path[issue.path.length - 1] ?? 'body');
        return `property '${name}' is missing`;
      }
      return `value must be ${describeType(issue.expected)}`;
    case 'too_big':
      if (issue.origin === 'array') return `maximum number of items is ${issue.maximum}`;
      if (issue.origin === 'string') return `string is too long (at most ${issue.maximum} characters)`;
      return `number must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'array') return `minimum number of items is ${issue.minimum}`;
      if (issue.origin === 'string') return 'value must not be empty';
      return `number must be at least ${issue.minimum}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `property '${key}' is unsupported`).join(', ');
    case 'invalid_value':
      return `value must be one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `value must be one of ${options.map((v) => `'${String(v)}'`).join(', ')}`;
      }
      return 'value does not match any accepted form';
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Groq nests message errors: `'messages.0' : for 'role:user' the following must be satisfied[(…)]`. */
function wrapMessageIssue(path: readonly PropertyKey[], text: string, input: unknown): string {
  const [root, index] = path;
  if (root !== 'messages' || typeof index !== 'number' || path.length < 2) {
    return `'${dotted(path) || 'body'}' : ${text}`;
  }
  const role = valueAt(input, ['messages', index, 'role']);
  const messagePath = `messages.${index}`;
  if (typeof role !== 'string' || path.length === 2) return `'${messagePath}' : ${text}`;
  return `'${messagePath}' : for 'role:${role}' the following must be satisfied[('${dotted(path)}' : ${text})]`;
}

export function issueToError(issues: readonly Issue[], input: unknown): PlaygroundError {
  let issue = issues[0];
  if (!issue) return invalidRequest('Invalid request body');
  let path = issue.path;
  if (issue.code === 'invalid_union' && !('discriminator' in issue && issue.discriminator)) {
    const inner = bestUnionIssue(issue);
    if (inner) {
      path = [...path, ...inner.path];
      issue = inner;
    }
  }
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) {
    path = [...path, issue.keys[0] as string];
  }
  const text = describeIssue(issue, valueAt(input, path));
  const params = issue.code === 'custom' ? (issue.params as { status?: number; code?: string }) : undefined;
  return invalidRequest(wrapMessageIssue(path, text, input), params?.code ?? null, params?.status ?? 400);
}

/**
 * The rule-based graders: pure functions `(answer, expected, options) → Grade`, each with a reason a
 * person can read. Rules (docs/eval.md says the same):
 * - Exact: the answer and the expected text compare after `normalizeAnswer` (trimmed, `\n` line
 *   endings, NFC); case-sensitive unless `ignoreCase`.
 * - Contains: the answer contains the expected text (trimmed); case-sensitive unless `ignoreCase`.
 * - Regex: the pattern (`Pattern`, or the row's expected text when Pattern is empty) is searched in the
 *   answer as given. `/body/flags` sets flags; any other text is the body with no flags.
 * - JSON valid: the trimmed answer parses as JSON and, when a schema is given, matches it.
 * A missing or blank expected text, a bad pattern or an unusable schema is a grading error, never a fail.
 */
import { fail, type Grade, type GraderKind, gradingError, normalizeAnswer, pass, quote } from './grade';
import { checkAgainstSchema, type JsonSchemaObject } from './json-schema-check';

export interface GraderOptions {
  /** Exact and Contains: compare without regard to letter case. */
  ignoreCase?: boolean;
  /** Regex: the pattern; empty or absent = the row's expected text. */
  pattern?: string;
  /** JSON valid: the JSON Schema in use (`response_format.json_schema.schema`), if any. */
  schema?: JsonSchemaObject | null;
}

/** Graders that decide on their own; the LLM judge is asynchronous and lives in ./judge. */
export type RuleGraderKind = Exclude<GraderKind, 'llm-judge'>;

const fold = (text: string, ignoreCase: boolean | undefined) => (ignoreCase ? text.toLowerCase() : text);

function missingExpected(grader: string): Grade {
  return gradingError('missing_expected', `${grader}: this row has no expected text to compare with.`);
}

export function gradeExact(answer: string, expected: string | undefined, options: GraderOptions = {}): Grade {
  if (expected === undefined || expected.trim() === '') return missingExpected('Exact');
  const a = fold(normalizeAnswer(answer), options.ignoreCase);
  const e = fold(normalizeAnswer(expected), options.ignoreCase);
  if (a === e) return pass(`Exact: the answer is ${quote(normalizeAnswer(expected))}.`);
  return fail(`Exact: the answer is not ${quote(normalizeAnswer(expected))}.`);
}

export function gradeContains(
  answer: string,
  expected: string | undefined,
  options: GraderOptions = {},
): Grade {
  const needle = expected?.trim();
  // An empty needle is in every answer: that would pass everything, so it is an error instead.
  if (needle === undefined || needle === '') return missingExpected('Contains');
  const found = fold(answer, options.ignoreCase).includes(fold(needle, options.ignoreCase));
  return found
    ? pass(`Contains: the answer contains ${quote(needle)}.`)
    : fail(`Contains: the answer does not contain ${quote(needle)}.`);
}

/** `/body/flags` → RegExp(body, flags); anything else is the body. Throws SyntaxError when invalid. */
export function parsePattern(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  return literal ? new RegExp(literal[1] as string, literal[2]) : new RegExp(pattern);
}

export function gradeRegex(answer: string, expected: string | undefined, options: GraderOptions = {}): Grade {
  const source = options.pattern?.trim() ? options.pattern.trim() : expected?.trim();
  if (!source) {
    return gradingError(
      'missing_pattern',
      'Regex: there is no pattern (fill Pattern or the expected column).',
    );
  }
  let regex: RegExp;
  try {
    regex = parsePattern(source);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return gradingError('invalid_regex', `Regex: ${source} is not a valid regular expression (${why}).`);
  }
  const shown = `/${regex.source}/${regex.flags}`;
  const match = regex.exec(answer);
  return match
    ? pass(`Regex: the answer matches ${shown} (${quote(match[0], 40)}).`)
    : fail(`Regex: the answer does not match ${shown}.`);
}

const FENCED = /^```[\w-]*\s*\n([\s\S]*?)\n?```$/;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function gradeJson(answer: string, _expected: string | undefined, options: GraderOptions = {}): Grade {
  const text = answer.trim();
  if (text === '') return fail('JSON valid: the answer is empty.');
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const fenced = FENCED.exec(text);
    if (fenced && parseJson(fenced[1] as string).ok) {
      return fail('JSON valid: the answer wraps its JSON in a ``` code fence; bare JSON was expected.');
    }
    return fail(`JSON valid: the answer is not JSON (${parsed.message}).`);
  }
  if (!options.schema) return pass('JSON valid: the answer is valid JSON.');
  const check = checkAgainstSchema(parsed.value, options.schema);
  if (check.ok === true) return pass('JSON valid: the answer is valid JSON and matches the schema.');
  if (check.ok === 'invalid-schema') {
    return gradingError('invalid_schema', `JSON valid: the JSON Schema cannot be used (${check.message}).`);
  }
  if (check.ok === 'unavailable') {
    return gradingError(
      'schema_check_unavailable',
      `JSON valid: the schema check cannot run on this page (${check.message}).`,
    );
  }
  const [first, ...more] = check.problems;
  const extra = more.length > 0 ? ` (and ${more.length} more)` : '';
  return fail(`JSON valid: the answer does not match the schema: ${first}${extra}.`);
}

/** Runs the chosen rule grader. `none` marks the row ungraded (it counts neither way). */
export function gradeAnswer(
  kind: RuleGraderKind,
  answer: string,
  expected: string | undefined,
  options: GraderOptions = {},
): Grade {
  switch (kind) {
    case 'none':
      return { status: 'ungraded', reason: 'No grader.' };
    case 'exact':
      return gradeExact(answer, expected, options);
    case 'contains':
      return gradeContains(answer, expected, options);
    case 'regex':
      return gradeRegex(answer, expected, options);
    case 'json':
      return gradeJson(answer, expected, options);
  }
}

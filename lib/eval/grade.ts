/**
 * The outcome of grading one answer. A grading error (a bad pattern, a broken schema, a judge answer
 * that is not a verdict) is its own outcome: it is never counted as a pass or as a fail.
 */

export type GraderKind = 'none' | 'exact' | 'contains' | 'regex' | 'json' | 'llm-judge';

export type GradingErrorCode =
  | 'missing_expected'
  | 'missing_pattern'
  | 'invalid_regex'
  | 'invalid_schema'
  | 'schema_check_unavailable'
  | 'judge_request_failed'
  | 'judge_invalid_verdict';

export type Grade =
  | { status: 'pass' | 'fail'; reason: string; score?: number }
  | { status: 'error'; code: GradingErrorCode; reason: string }
  | { status: 'ungraded'; reason: string };

export const GRADER_LABELS: Readonly<Record<GraderKind, string>> = {
  none: 'None',
  exact: 'Exact',
  contains: 'Contains',
  regex: 'Regex',
  json: 'JSON valid',
  'llm-judge': 'LLM judge',
};

export const GRADER_KINDS = Object.keys(GRADER_LABELS) as GraderKind[];

export const pass = (reason: string, score?: number): Grade =>
  score === undefined ? { status: 'pass', reason } : { status: 'pass', reason, score };
export const fail = (reason: string, score?: number): Grade =>
  score === undefined ? { status: 'fail', reason } : { status: 'fail', reason, score };
export const gradingError = (code: GradingErrorCode, reason: string): Grade => ({
  status: 'error',
  code,
  reason,
});

/** Quotes a value for a reason, shortened so a long answer does not flood the results table. */
export function quote(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `“${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}”`;
}

/**
 * The comparison form of a text for Exact and for counting distinct answers: surrounding white space
 * trimmed, line endings as `\n`, Unicode in NFC (so "é" typed two ways compares equal).
 */
export function normalizeAnswer(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

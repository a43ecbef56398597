/**
 * The grading settings a Run all carries, and the one call that grades a dataset row with the rule
 * graders. The LLM judge is asynchronous: for it, `gradeRow` returns null and the caller sends
 * `buildJudgeRequest(judgeInputFor(...))` and parses the reply with `parseJudgeVerdict`.
 */
import type { Grade, GraderKind } from './grade';
import { gradeAnswer } from './graders';
import type { JsonSchemaObject } from './json-schema-check';
import { DEFAULT_JUDGE_MODEL, DEFAULT_JUDGE_PROMPT, type JudgeInput } from './judge';

export interface GraderSettings {
  kind: GraderKind;
  /** The dataset column that holds the expected text (default `expected`). */
  expectedColumn: string;
  /** Exact and Contains. */
  ignoreCase: boolean;
  /** Regex; empty = each row's expected text is its pattern. */
  pattern: string;
  /** JSON valid: also check the answer against the JSON Schema of the request. */
  useSchema: boolean;
  judgeModel: string;
  judgePrompt: string;
}

export const DEFAULT_GRADER_SETTINGS: GraderSettings = {
  kind: 'none',
  expectedColumn: 'expected',
  ignoreCase: false,
  pattern: '',
  useSchema: true,
  judgeModel: DEFAULT_JUDGE_MODEL,
  judgePrompt: DEFAULT_JUDGE_PROMPT,
};

export type DatasetRow = Readonly<Record<string, string>>;

/** The rule grade of one row's answer, or null for the LLM judge (see the module comment). */
export function gradeRow(
  settings: GraderSettings,
  answer: string,
  row: DatasetRow,
  schema?: JsonSchemaObject | null,
): Grade | null {
  if (settings.kind === 'llm-judge') return null;
  return gradeAnswer(settings.kind, answer, row[settings.expectedColumn], {
    ignoreCase: settings.ignoreCase,
    pattern: settings.pattern,
    schema: settings.useSchema ? schema : null,
  });
}

/** What the judge needs for one row: the answer, the expected column's text and the row's columns. */
export function judgeInputFor(
  settings: GraderSettings,
  answer: string,
  row: DatasetRow,
  input?: string,
): JudgeInput {
  return { answer, expected: row[settings.expectedColumn], input, variables: row };
}

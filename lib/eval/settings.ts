/**
 * The grading settings a Run all carries, and the one call that grades a dataset row with the rule
 * graders. The LLM judge is asynchronous: for it, `gradeRow` returns null and the caller sends
 * `buildJudgeRequest(judgeInputFor(...))` and parses the reply with `parseJudgeVerdict`.
 */

import type { GraderSettings } from './defaults';
import type { Grade } from './grade';
import { gradeAnswer } from './graders';
import type { JsonSchemaObject } from './json-schema-check';
import type { JudgeInput } from './judge';

export { DEFAULT_GRADER_SETTINGS, type GraderSettings } from './defaults';

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

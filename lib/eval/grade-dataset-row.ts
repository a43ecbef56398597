/**
 * Grades one finished dataset row with the chosen grader: a rule grader at once, the LLM judge by a
 * grading request through /api/chat (`send`). The judge's usage comes back apart from the answer's,
 * so its cost is totalled separately. A failed grading request or a reply that is not a verdict is a
 * grading error, never a pass.
 */
import { attempt, type JudgeUsage, type RowResult, type SendChat } from '../datasets/run-all';
import type { ChatRequest } from '../schema/chat-request';
import type { Grade } from './grade';
import type { JsonSchemaObject } from './json-schema-check';
import { buildJudgeRequest, judgeModelProblem, judgeRequestFailed, parseJudgeVerdict } from './judge';
import { type GraderSettings, gradeRow, judgeInputFor } from './settings';

export interface RowGrading {
  grade: Grade;
  judge: JudgeUsage | null;
}

/** The JSON Schema of a request's `response_format`, if it has one. */
export function requestSchema(request: ChatRequest | null): JsonSchemaObject | null {
  const format = request?.response_format;
  if (format?.type !== 'json_schema') return null;
  const schema = format.json_schema.schema;
  return schema && typeof schema === 'object' ? (schema as JsonSchemaObject) : null;
}

/** The text of the last user turn: what the graded model was asked (`{{input}}` in the judge prompt). */
export function requestInput(request: ChatRequest | null): string {
  const user = request?.messages.filter((m) => m.role === 'user').at(-1);
  const content = user?.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The rows a grader should look at: answered ones (an error or an unsent row has nothing to grade). */
export const isGradable = (row: Pick<RowResult, 'status'>) => row.status === 'done';

export async function gradeDatasetRow(
  settings: GraderSettings,
  row: RowResult,
  send: SendChat,
  signal: AbortSignal,
): Promise<RowGrading | null> {
  if (settings.kind === 'none' || !isGradable(row)) return null;
  const rule = gradeRow(settings, row.answer, row.values, requestSchema(row.request));
  if (rule) return { grade: rule, judge: null };
  const problem = judgeModelProblem(settings.judgeModel);
  if (problem) return { grade: judgeRequestFailed(problem), judge: null };
  const request = buildJudgeRequest(
    judgeInputFor(settings, row.answer, row.values, requestInput(row.request)),
    { model: settings.judgeModel, prompt: settings.judgePrompt },
  );
  const reply = await attempt(send, request, signal);
  const judge =
    reply.promptTokens === null
      ? null
      : {
          model: request.model,
          promptTokens: reply.promptTokens,
          completionTokens: reply.completionTokens ?? 0,
        };
  if (reply.error) return { grade: judgeRequestFailed(reply.error.message), judge };
  return { grade: parseJudgeVerdict(reply.answer), judge };
}

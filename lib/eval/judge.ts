/**
 * The LLM judge. Its request goes to a judge model (default `openai/gpt-oss-120b`) as a chat
 * completion with `response_format: json_schema` (strict where the model documents constrained
 * decoding), `stream: false`, and always carries the answer it grades and the expected text: when an
 * edited prompt drops `{{answer}}` or `{{expected}}`, they are appended in tagged blocks. The judge's
 * answer must be `{ pass: boolean, score: 0–1, reason: string }`; anything else is a named grading
 * error, never a pass.
 */
import { z } from 'zod';
import { findCatalogModel } from '../models/catalog';
import type { ChatRequest } from '../schema/chat-request';
import { DEFAULT_JUDGE_MODEL, DEFAULT_JUDGE_PROMPT } from './defaults';
import { fail, type Grade, gradingError, pass } from './grade';

export { DEFAULT_JUDGE_MODEL, DEFAULT_JUDGE_PROMPT };

export const JUDGE_SCHEMA_NAME = 'judge_verdict';

/**
 * Strict mode's documented subset only (all properties required, no extra properties, no numeric
 * bounds): the 0–1 range of `score` is checked by `parseJudgeVerdict` instead.
 */
export const JUDGE_VERDICT_SCHEMA = {
  type: 'object',
  properties: {
    pass: { type: 'boolean', description: 'true when the answer meets every criterion' },
    score: { type: 'number', description: 'how well the answer meets the criteria, from 0 to 1' },
    reason: { type: 'string', description: 'one or two sentences explaining the verdict' },
  },
  required: ['pass', 'score', 'reason'],
  additionalProperties: false,
} as const;

export interface JudgeInput {
  answer: string;
  /** The row's expected text; empty or absent when the dataset has none. */
  expected?: string;
  /** The prompt the graded model answered, if known. */
  input?: string;
  /** Other values of the dataset row, usable as `{{column}}` in the judge prompt. */
  variables?: Readonly<Record<string, string>>;
}

export interface JudgeSettings {
  model?: string;
  prompt?: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

const mentions = (template: string, name: string) =>
  [...template.matchAll(PLACEHOLDER)].some((match) => match[1] === name);

/** Fills the judge prompt in one pass (a value holding `{{x}}` is never filled again). */
export function renderJudgePrompt(template: string, input: JudgeInput): string {
  const values: Record<string, string> = {
    ...input.variables,
    input: input.input ?? '',
    expected: input.expected ?? '',
    answer: input.answer,
  };
  let text = template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
  if (!mentions(template, 'expected') && input.expected) {
    text += `\n\n<expected>\n${input.expected}\n</expected>`;
  }
  if (!mentions(template, 'answer')) text += `\n\n<answer>\n${input.answer}\n</answer>`;
  return text;
}

/** Whether the judge model can be asked for a JSON Schema verdict; null = it can (or is unknown). */
export function judgeModelProblem(modelId: string): string | null {
  const model = findCatalogModel(modelId);
  if (!model) return null;
  if (model.kind === 'speech' || model.kind === 'tts' || model.capabilities.jsonSchema === null) {
    return `${model.name} cannot answer with a JSON Schema verdict; pick a model with structured outputs.`;
  }
  return null;
}

/** The body of the grading request (a `ChatRequest`, so it goes through /api/chat like any other). */
export function buildJudgeRequest(input: JudgeInput, settings: JudgeSettings = {}): ChatRequest {
  const model = settings.model?.trim() || DEFAULT_JUDGE_MODEL;
  const prompt = settings.prompt?.trim() ? settings.prompt : DEFAULT_JUDGE_PROMPT;
  // Unknown ids are permissive (strict); a model whose card lists only best-effort gets strict false.
  const strict = findCatalogModel(model)?.capabilities.jsonSchema !== 'best-effort';
  return {
    model,
    messages: [{ role: 'user', content: renderJudgePrompt(prompt, input) }],
    stream: false,
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: { name: JUDGE_SCHEMA_NAME, strict, schema: { ...JUDGE_VERDICT_SCHEMA } },
    },
  };
}

const verdictSchema = z.strictObject({
  pass: z.boolean(),
  score: z.number().min(0).max(1),
  reason: z.string().trim().min(1),
});

export interface JudgeVerdict {
  pass: boolean;
  score: number;
  reason: string;
}

const invalid = (why: string) =>
  gradingError('judge_invalid_verdict', `LLM judge: the judge's answer is not a verdict (${why}).`);

/** Turns the judge's message content into a grade; anything but a valid verdict is a grading error. */
export function parseJudgeVerdict(content: string | null | undefined): Grade {
  if (content == null || content.trim() === '') return invalid('it is empty');
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return invalid('it is not JSON');
  }
  const parsed = verdictSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return invalid(`${where}${issue?.message ?? 'schema mismatch'}`);
  }
  const { score, reason } = parsed.data;
  const text = `LLM judge (score ${score}): ${reason.trim()}`;
  return parsed.data.pass ? pass(text, score) : fail(text, score);
}

/** A grading request that failed (HTTP error, network, 400 json_validate_failed) is a grading error. */
export function judgeRequestFailed(message: string): Grade {
  return gradingError('judge_request_failed', `LLM judge: the grading request failed (${message}).`);
}

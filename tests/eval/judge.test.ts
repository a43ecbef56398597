import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildJudgeRequest,
  DEFAULT_JUDGE_MODEL,
  DEFAULT_JUDGE_PROMPT,
  JUDGE_VERDICT_SCHEMA,
  judgeModelProblem,
  judgeRequestFailed,
  parseJudgeVerdict,
  renderJudgePrompt,
} from '@/lib/eval/judge';
import { chatRequestSchema } from '@/lib/rules/parse-chat-request';
import { chat, makeSimulator } from '../simulator/helpers';

const row = { answer: 'The capital of France is Paris.', expected: 'Paris', input: 'Capital of France?' };

describe('the judge request', () => {
  it('goes to gpt-oss-120b by default, unstreamed, with a strict json_schema verdict format', () => {
    const body = buildJudgeRequest(row);
    expect(body.model).toBe(DEFAULT_JUDGE_MODEL);
    expect(body.stream).toBe(false);
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'judge_verdict', strict: true, schema: JUDGE_VERDICT_SCHEMA },
    });
  });

  it('is a valid /api/chat body (the shared request schema and its rules accept it)', () => {
    const parsed = chatRequestSchema.safeParse(buildJudgeRequest(row));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const qwen = chatRequestSchema.safeParse(buildJudgeRequest(row, { model: 'qwen/qwen3.8-27b' }));
    expect(qwen.success).toBe(true);
  });

  it('carries the answer and the expected text, with the criteria named', () => {
    const text = buildJudgeRequest(row).messages[0]?.content as string;
    expect(text).toContain('<answer>\nThe capital of France is Paris.\n</answer>');
    expect(text).toContain('<expected>\nParis\n</expected>');
    expect(text).toContain('<input>\nCapital of France?\n</input>');
    expect(text).toMatch(/Correctness.*\n.*Completeness.*\n.*contradictions/s);
  });

  it('keeps both when an edited prompt drops their placeholders', () => {
    const text = renderJudgePrompt('Is this polite?', row);
    expect(text).toBe(
      'Is this polite?\n\n<expected>\nParis\n</expected>\n\n<answer>\nThe capital of France is Paris.\n</answer>',
    );
  });

  it('fills row columns, and never fills a placeholder that came from a value', () => {
    const text = renderJudgePrompt(
      'Tone: {{tone}}. Answer: {{answer}}. Expected: {{expected}}. {{unknown}}',
      {
        answer: 'says {{expected}}',
        expected: 'E',
        variables: { tone: 'formal' },
      },
    );
    expect(text).toBe('Tone: formal. Answer: says {{expected}}. Expected: E. {{unknown}}');
  });

  it('uses the edited prompt and judge model, and turns strict off where only best-effort is documented', () => {
    const body = buildJudgeRequest(row, {
      model: 'openai/gpt-oss-safeguard-20b',
      prompt: 'Grade {{answer}}',
    });
    expect(body.model).toBe('openai/gpt-oss-safeguard-20b');
    expect(body.messages[0]?.content).toMatch(/^Grade The capital/);
    expect(body.response_format).toMatchObject({ json_schema: { strict: false } });
    expect(buildJudgeRequest(row, { prompt: '   ' }).messages[0]?.content).toContain('Criteria:');
    expect(DEFAULT_JUDGE_PROMPT).toContain('{{expected}}');
  });

  it('names judge models that cannot give a JSON Schema verdict', () => {
    expect(judgeModelProblem('openai/gpt-oss-120b')).toBeNull();
    expect(judgeModelProblem('some/new-model')).toBeNull();
    expect(judgeModelProblem('whisper-large-v3')).toMatch(/cannot answer with a JSON Schema verdict/);
  });
});

describe('the verdict parser', () => {
  it('turns a valid verdict into a pass or a fail with its score', () => {
    expect(parseJudgeVerdict('{"pass":true,"score":0.9,"reason":"Names Paris."}')).toEqual({
      status: 'pass',
      score: 0.9,
      reason: 'LLM judge (score 0.9): Names Paris.',
    });
    expect(parseJudgeVerdict('{"pass":false,"score":0,"reason":"Says Lyon."}')).toMatchObject({
      status: 'fail',
      score: 0,
    });
  });

  it.each([
    [null, 'it is empty'],
    ['', 'it is empty'],
    ['PASS', 'it is not JSON'],
    ['{"pass":"yes","score":1,"reason":"x"}', 'pass: Invalid input: expected boolean, received string'],
    ['{"pass":true,"score":1.5,"reason":"x"}', 'score: Too big: expected number to be <=1'],
    ['{"pass":true,"score":1,"reason":" "}', 'reason: Too small: expected string to have >=1 characters'],
    ['{"pass":true,"score":1}', 'reason: Invalid input: expected string, received undefined'],
    ['{"pass":true,"score":1,"reason":"x","extra":1}', 'Unrecognized key: "extra"'],
    ['[true]', 'Invalid input: expected object, received array'],
  ])('names %j a grading error (%s), never a pass', (content, why) => {
    expect(parseJudgeVerdict(content)).toEqual({
      status: 'error',
      code: 'judge_invalid_verdict',
      reason: `LLM judge: the judge's answer is not a verdict (${why}).`,
    });
  });

  it('never passes an answer that is not a schema-valid verdict (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const grade = parseJudgeVerdict(JSON.stringify(value));
        const v = value as Record<string, unknown> | null;
        const valid =
          v !== null &&
          typeof v === 'object' &&
          !Array.isArray(v) &&
          Object.keys(v).length === 3 &&
          typeof v.pass === 'boolean' &&
          typeof v.score === 'number' &&
          v.score >= 0 &&
          v.score <= 1 &&
          typeof v.reason === 'string' &&
          v.reason.trim() !== '';
        if (!valid) expect(grade.status).toBe('error');
      }),
    );
  });

  it('names a failed grading request a grading error', () => {
    expect(judgeRequestFailed('429 rate limited')).toEqual({
      status: 'error',
      code: 'judge_request_failed',
      reason: 'LLM judge: the grading request failed (429 rate limited).',
    });
  });
});

describe('the judge against the simulator', () => {
  it('the simulator accepts the strict schema and its answer parses as a verdict', async () => {
    const sim = makeSimulator({ era: 'today' });
    const { response, json } = await chat(sim, buildJudgeRequest(row) as Record<string, unknown>);
    expect(response.status).toBe(200);
    const grade = parseJudgeVerdict(json.choices[0]?.message.content);
    expect(['pass', 'fail']).toContain(grade.status);
  });
});

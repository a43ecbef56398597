import { describe, expect, it } from 'vitest';
import { buildJudgeRequest } from '@/lib/eval/judge';
import { DEFAULT_GRADER_SETTINGS, gradeRow, judgeInputFor } from '@/lib/eval/settings';
import { summarizeGrades } from '@/lib/eval/summary';

const rows = [
  { item: 'France', expected: 'Paris' },
  { item: 'Italy', expected: 'Rome' },
];
const answers = ['The capital of France is Paris.', 'The capital of Italy is Milan.'];

describe('grading dataset rows', () => {
  it('Contains over `item,expected` with two rows gives "1/2 passed" (the issue story)', () => {
    const settings = { ...DEFAULT_GRADER_SETTINGS, kind: 'contains' as const };
    const grades = rows.map((row, i) => gradeRow(settings, answers[i] as string, row));
    expect(grades.map((g) => g?.reason)).toEqual([
      'Contains: the answer contains “Paris”.',
      'Contains: the answer does not contain “Rome”.',
    ]);
    expect(summarizeGrades(grades.map((grade) => ({ model: 'm', grade }))).label).toBe('1/2 passed');
  });

  it('reads the expected text from the chosen column', () => {
    const settings = { ...DEFAULT_GRADER_SETTINGS, kind: 'exact' as const, expectedColumn: 'gold' };
    expect(gradeRow(settings, 'x', { gold: 'x' })?.status).toBe('pass');
    expect(gradeRow(settings, 'x', { expected: 'x' })).toMatchObject({ code: 'missing_expected' });
  });

  it('passes the schema to JSON valid only when "Check against the JSON Schema" is on', () => {
    const schema = { type: 'object' };
    const on = { ...DEFAULT_GRADER_SETTINGS, kind: 'json' as const };
    expect(gradeRow(on, '[]', {}, schema)?.status).toBe('fail');
    expect(gradeRow({ ...on, useSchema: false }, '[]', {}, schema)?.status).toBe('pass');
  });

  it('leaves the LLM judge to its request, which carries the row answer and expected text', () => {
    const settings = { ...DEFAULT_GRADER_SETTINGS, kind: 'llm-judge' as const };
    expect(gradeRow(settings, answers[0] as string, rows[0] as Record<string, string>)).toBeNull();
    const body = buildJudgeRequest(
      judgeInputFor(settings, answers[0] as string, rows[0] as Record<string, string>),
    );
    expect(body.messages[0]?.content).toContain('<expected>\nParis\n</expected>');
    expect(body.messages[0]?.content).toContain('<answer>\nThe capital of France is Paris.\n</answer>');
  });
});

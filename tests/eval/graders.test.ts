import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeAnswer,
  gradeContains,
  gradeExact,
  gradeJson,
  gradeRegex,
  parsePattern,
} from '@/lib/eval/graders';

describe('Exact', () => {
  it('passes when the trimmed answer equals the trimmed expected text', () => {
    expect(gradeExact('  Paris \n', 'Paris')).toEqual({
      status: 'pass',
      reason: 'Exact: the answer is “Paris”.',
    });
  });

  it('treats CRLF and LF line endings, and composed and decomposed accents, as equal', () => {
    expect(gradeExact('a\r\nb', 'a\nb').status).toBe('pass');
    expect(gradeExact('caf\u00e9', 'cafe\u0301').status).toBe('pass');
  });

  it('is case-sensitive unless ignoreCase is set', () => {
    expect(gradeExact('paris', 'Paris')).toEqual({
      status: 'fail',
      reason: 'Exact: the answer is not “Paris”.',
    });
    expect(gradeExact('paris', 'Paris', { ignoreCase: true }).status).toBe('pass');
  });

  it('fails when the answer only contains the expected text', () => {
    expect(gradeExact('The capital is Paris.', 'Paris').status).toBe('fail');
  });

  it('is a grading error, not a fail, when the row has no expected text', () => {
    for (const expected of [undefined, '', '   ']) {
      expect(gradeExact('Paris', expected)).toEqual({
        status: 'error',
        code: 'missing_expected',
        reason: 'Exact: this row has no expected text to compare with.',
      });
    }
  });
});

describe('Contains', () => {
  it('says what the answer lacks', () => {
    expect(gradeContains('The capital is Lyon.', 'Paris')).toEqual({
      status: 'fail',
      reason: 'Contains: the answer does not contain “Paris”.',
    });
    expect(gradeContains('The capital is Paris.', ' Paris ')).toEqual({
      status: 'pass',
      reason: 'Contains: the answer contains “Paris”.',
    });
  });

  it('is case-sensitive by default, with an option to ignore case', () => {
    expect(gradeContains('the capital is paris', 'Paris').status).toBe('fail');
    expect(gradeContains('the capital is paris', 'Paris', { ignoreCase: true }).status).toBe('pass');
  });

  it('refuses an empty expected text instead of passing every answer', () => {
    expect(gradeContains('anything', '  ')).toMatchObject({ status: 'error', code: 'missing_expected' });
  });

  it('shortens a long expected text in the reason', () => {
    const reason = gradeContains('x', 'y'.repeat(200)).reason;
    expect(reason.length).toBeLessThan(140);
    expect(reason).toContain('…');
  });

  it('passes for any answer built around the expected text (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        fc.string(),
        (a, e, b) => {
          expect(gradeContains(`${a}${e.trim()}${b}`, e).status).toBe('pass');
        },
      ),
    );
  });
});

describe('Regex', () => {
  it('searches the Pattern in the answer and shows what matched', () => {
    expect(gradeRegex('Total: 42 apples', undefined, { pattern: '\\d+' })).toEqual({
      status: 'pass',
      reason: 'Regex: the answer matches /\\d+/ (“42”).',
    });
    expect(gradeRegex('no digits', undefined, { pattern: '\\d+' })).toEqual({
      status: 'fail',
      reason: 'Regex: the answer does not match /\\d+/.',
    });
  });

  it('takes /body/flags literals', () => {
    expect(gradeRegex('PARIS', undefined, { pattern: '/^paris$/i' }).status).toBe('pass');
    expect(parsePattern('/a.b/s').flags).toBe('s');
    expect(parsePattern('a/b').source).toBe('a\\/b');
  });

  it('uses the row expected text as the pattern when Pattern is empty', () => {
    expect(gradeRegex('order #123', '#\\d{3}', { pattern: '' }).status).toBe('pass');
  });

  it('names a bad regex as a grading error, not a fail', () => {
    const grade = gradeRegex('x', undefined, { pattern: '(unclosed' });
    expect(grade).toMatchObject({ status: 'error', code: 'invalid_regex' });
    expect(grade.reason).toMatch(/^Regex: \(unclosed is not a valid regular expression \(/);
    expect(gradeRegex('x', undefined, { pattern: '/a/q' })).toMatchObject({ code: 'invalid_regex' });
  });

  it('is a grading error when there is no pattern at all', () => {
    expect(gradeRegex('x', undefined, {})).toMatchObject({ status: 'error', code: 'missing_pattern' });
  });
});

describe('JSON valid', () => {
  it('passes valid JSON (trimmed) and fails anything else with the parser message', () => {
    expect(gradeJson(' {"a": 1} \n', undefined)).toEqual({
      status: 'pass',
      reason: 'JSON valid: the answer is valid JSON.',
    });
    expect(gradeJson('{a: 1}', undefined)).toMatchObject({ status: 'fail' });
    expect(gradeJson('{a: 1}', undefined).reason).toMatch(/^JSON valid: the answer is not JSON \(.+\)\.$/);
    expect(gradeJson('   ', undefined).reason).toBe('JSON valid: the answer is empty.');
  });

  it('says when the JSON is inside a code fence', () => {
    expect(gradeJson('```json\n{"a": 1}\n```', undefined).reason).toBe(
      'JSON valid: the answer wraps its JSON in a ``` code fence; bare JSON was expected.',
    );
  });

  const strictSchema = {
    type: 'object',
    properties: {
      city: { type: 'string' },
      population: { type: ['integer', 'null'] },
      districts: { type: 'array', items: { $ref: '#/$defs/district' } },
    },
    required: ['city', 'population', 'districts'],
    additionalProperties: false,
    $defs: {
      district: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          parts: { type: 'array', items: { $ref: '#/$defs/district' } },
        },
        required: ['name', 'parts'],
        additionalProperties: false,
      },
    },
  };

  it('checks a strict-mode schema (type arrays, $defs, recursion, no extra properties)', () => {
    const ok = JSON.stringify({
      city: 'Paris',
      population: null,
      districts: [{ name: 'Marais', parts: [] }],
    });
    expect(gradeJson(ok, undefined, { schema: strictSchema }).reason).toBe(
      'JSON valid: the answer is valid JSON and matches the schema.',
    );
    const extra = JSON.stringify({ city: 'Paris', population: 1, districts: [], mayor: 'x' });
    expect(gradeJson(extra, undefined, { schema: strictSchema })).toEqual({
      status: 'fail',
      reason:
        'JSON valid: the answer does not match the schema: the top level has a property the schema does not allow (“mayor”).',
    });
    const nested = JSON.stringify({ city: 'Paris', population: 1.5, districts: [{ name: 'x' }] });
    expect(gradeJson(nested, undefined, { schema: strictSchema }).reason).toBe(
      'JSON valid: the answer does not match the schema: /population must be integer,null (and 1 more).',
    );
  });

  it('ignores a $schema line instead of refusing the schema', () => {
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };
    expect(gradeJson('{}', undefined, { schema }).status).toBe('pass');
    expect(gradeJson('[]', undefined, { schema }).status).toBe('fail');
  });

  it('names a broken schema as a grading error', () => {
    expect(gradeJson('{}', undefined, { schema: { type: 'strnig' } })).toMatchObject({
      status: 'error',
      code: 'invalid_schema',
    });
  });

  it('names an answer that is not JSON a fail even with a broken schema', () => {
    expect(gradeJson('nope', undefined, { schema: { type: 'strnig' } }).status).toBe('fail');
  });
});

describe('gradeAnswer', () => {
  it('dispatches on the grader and marks None as ungraded', () => {
    expect(gradeAnswer('none', 'x', 'y')).toEqual({ status: 'ungraded', reason: 'No grader.' });
    expect(gradeAnswer('exact', 'x', 'x').status).toBe('pass');
    expect(gradeAnswer('contains', 'xyz', 'y').status).toBe('pass');
    expect(gradeAnswer('regex', 'xyz', '^x').status).toBe('pass');
    expect(gradeAnswer('json', '1', undefined).status).toBe('pass');
  });
});

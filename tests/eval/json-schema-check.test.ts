import { describe, expect, it } from 'vitest';
import { type Compiler, checkAgainstSchema, compileWithZod } from '@/lib/eval/json-schema-check';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    age: { type: ['integer', 'null'] },
    children: { type: 'array', items: { $ref: '#' } },
  },
  required: ['name', 'age', 'children'],
  additionalProperties: false,
};

/** What ajv's compile does in a browser whose Content-Security-Policy forbids eval. */
const cspBlocked: Compiler = () => {
  const error = new Error("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  error.name = 'EvalError';
  throw error;
};

describe('checkAgainstSchema', () => {
  it('validates a recursive strict-mode schema with ajv', () => {
    expect(checkAgainstSchema({ name: 'a', age: null, children: [] }, schema)).toEqual({ ok: true });
    expect(checkAgainstSchema({ name: 'a', age: 1, children: [{ name: 'b', age: 2 }] }, schema)).toEqual({
      ok: false,
      problems: ['/children/0 is missing the required property “children”'],
    });
  });

  it('falls back to a validator without eval when the page forbids it', () => {
    expect(checkAgainstSchema({ name: 'a', age: null, children: [] }, schema, cspBlocked)).toEqual({
      ok: true,
    });
    const bad = checkAgainstSchema({ name: 'a', age: 1.5, children: [], extra: true }, schema, cspBlocked);
    expect(bad.ok).toBe(false);
    expect(bad.ok === false && bad.problems.length).toBe(2);
    expect(bad.ok === false && bad.problems.some((p) => p.startsWith('/age: '))).toBe(true);
  });

  it('the fallback agrees with ajv on recursion, enums and anyOf', () => {
    const check = compileWithZod({
      type: 'object',
      properties: {
        kind: { enum: ['a', 'b'] },
        value: { anyOf: [{ type: 'string' }, { type: 'number' }] },
        node: { $ref: '#/$defs/node' },
      },
      required: ['kind', 'value', 'node'],
      additionalProperties: false,
      $defs: {
        node: {
          type: 'object',
          properties: { next: { anyOf: [{ $ref: '#/$defs/node' }, { type: 'null' }] } },
          required: ['next'],
          additionalProperties: false,
        },
      },
    });
    expect(check({ kind: 'a', value: 1, node: { next: { next: null } } })).toEqual([]);
    expect(check({ kind: 'c', value: true, node: { next: {} } }).length).toBeGreaterThanOrEqual(2);
  });

  it('says the check is unavailable when neither validator can run the schema', () => {
    const check = checkAgainstSchema('x', { not: { type: 'string' } }, cspBlocked);
    expect(check.ok).toBe('unavailable');
    expect(check.ok === 'unavailable' && check.message).toMatch(
      /unsafe-eval.*the fallback failed: not is not supported/,
    );
  });

  it('reports an unusable schema as invalid, not as a failed answer', () => {
    expect(checkAgainstSchema({}, { type: 'nope' })).toMatchObject({ ok: 'invalid-schema' });
  });
});

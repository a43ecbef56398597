/**
 * Validates a parsed answer against a JSON Schema. Schemas are taken as Groq takes them in
 * `response_format.json_schema.schema` (strict-mode ones included: type arrays such as
 * `["string","null"]`, `additionalProperties: false`, `$defs`/`$ref`, recursion). ajv does the check
 * (draft-07 plus `$defs`); a `$schema` line is ignored rather than refused, and `format` is not
 * checked (Groq's documented subset has no formats).
 *
 * ajv compiles validators with `new Function`, which a Content-Security-Policy without 'unsafe-eval'
 * (this app's, in production) forbids in the browser. There the check falls back to zod's
 * `fromJSONSchema` (already a dependency; it runs without eval), and says so in its problems.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { z } from 'zod';

export type JsonSchemaObject = Readonly<Record<string, unknown>>;

export type SchemaCheck =
  | { ok: true }
  | { ok: false; problems: string[] }
  | { ok: 'invalid-schema'; message: string }
  | { ok: 'unavailable'; message: string };

/** A compiled check: the problems of a value (empty = valid). */
export type Validator = (value: unknown) => string[];
export type Compiler = (schema: JsonSchemaObject) => Validator;

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    return `${where} has a property the schema does not allow (“${String(error.params.additionalProperty)}”)`;
  }
  if (error.keyword === 'required') {
    return `${where} is missing the required property “${String(error.params.missingProperty)}”`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return `${where} must be one of ${allowed}`;
  }
  return `${where} ${error.message ?? 'does not match'}`;
}

const withoutDialect = ({ $schema: _ignored, ...rest }: JsonSchemaObject) => rest;

export const compileWithAjv: Compiler = (schema) => {
  // A fresh instance per schema: two schemas with the same `$id` must not collide.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
  const validate = ajv.compile(withoutDialect(schema));
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map(describeAjvError));
};

export const compileWithZod: Compiler = (schema) => {
  const zodSchema = z.fromJSONSchema(withoutDialect(schema) as Parameters<typeof z.fromJSONSchema>[0]);
  return (value) => {
    const result = zodSchema.safeParse(value);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const where = issue.path.length === 0 ? 'the top level' : `/${issue.path.join('/')}`;
      return `${where}: ${issue.message}`;
    });
  };
};

const blockedEval = (error: Error) =>
  error.name === 'EvalError' || /unsafe-eval|Content Security Policy/i.test(error.message);

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

const MAX_CACHED = 32;
const cache = new Map<string, Validator | Error>();

function compile(schema: JsonSchemaObject, primary: Compiler): Validator | Error {
  const key = JSON.stringify(schema);
  const cached = primary === compileWithAjv ? cache.get(key) : undefined;
  if (cached) return cached;
  let result: Validator | Error;
  try {
    result = primary(schema);
  } catch (error) {
    const failure = asError(error);
    result = failure;
    if (blockedEval(failure)) {
      try {
        result = compileWithZod(schema);
      } catch (fallback) {
        const unavailable = new Error(
          `${failure.message}; the fallback failed: ${asError(fallback).message}`,
        );
        unavailable.name = 'EvalError';
        result = unavailable;
      }
    }
  }
  if (primary === compileWithAjv) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
  }
  return result;
}

/** Checks `value` against `schema`; `primary` is replaceable for tests of the fallback. */
export function checkAgainstSchema(
  value: unknown,
  schema: JsonSchemaObject,
  primary: Compiler = compileWithAjv,
): SchemaCheck {
  const validate = compile(schema, primary);
  if (validate instanceof Error) {
    return blockedEval(validate)
      ? { ok: 'unavailable', message: validate.message }
      : { ok: 'invalid-schema', message: validate.message };
  }
  const problems = validate(value);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

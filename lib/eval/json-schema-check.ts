/**
 * Validates a parsed answer against a JSON Schema with ajv. Schemas are taken as Groq takes them in
 * `response_format.json_schema.schema` (strict-mode ones included: type arrays such as
 * `["string","null"]`, `additionalProperties: false`, `$defs`/`$ref`, recursion). One dialect is used
 * for every schema (ajv's default, draft-07 plus `$defs`); a `$schema` line is ignored rather than
 * refused, and `format` is not checked (Groq's documented subset has no formats).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

export type JsonSchemaObject = Readonly<Record<string, unknown>>;

export type SchemaCheck =
  | { ok: true }
  | { ok: false; problems: string[] }
  | { ok: 'invalid-schema'; message: string }
  | { ok: 'unavailable'; message: string };

const MAX_CACHED = 32;
const compiled = new Map<string, ValidateFunction | Error>();

function compile(schema: JsonSchemaObject): ValidateFunction | Error {
  const key = JSON.stringify(schema);
  const cached = compiled.get(key);
  if (cached) return cached;
  const { $schema: _ignored, ...rest } = schema;
  let result: ValidateFunction | Error;
  try {
    // A fresh instance per schema: two schemas with the same `$id` must not collide.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
    result = ajv.compile(rest);
  } catch (error) {
    result = error instanceof Error ? error : new Error(String(error));
  }
  if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, result);
  return result;
}

function describe(error: ErrorObject): string {
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

export function checkAgainstSchema(value: unknown, schema: JsonSchemaObject): SchemaCheck {
  const validate = compile(schema);
  if (validate instanceof Error) {
    // A Content-Security-Policy without 'unsafe-eval' stops ajv's compiled validators in a browser.
    if (validate.name === 'EvalError' || /unsafe-eval|Content Security Policy/i.test(validate.message)) {
      return { ok: 'unavailable', message: validate.message };
    }
    return { ok: 'invalid-schema', message: validate.message };
  }
  if (validate(value)) return { ok: true };
  return { ok: false, problems: (validate.errors ?? []).map(describe) };
}

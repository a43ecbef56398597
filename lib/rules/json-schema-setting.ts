/** The JSON Schema textbox and the response formats as settings. Pure. */
import type { JsonSchemaFormat } from '../schema/chat-request';
import type { ResponseFormatSetting } from './problem';

type FormatSetting = { responseFormat: ResponseFormatSetting };

/** What the JSON Schema textbox starts with: a strict-ready schema in the {name, schema} form. */
export const EXAMPLE_JSON_SCHEMA = `{
  "name": "answer",
  "schema": {
    "type": "object",
    "properties": {
      "answer": { "type": "string" },
      "confidence": { "type": "number" }
    },
    "required": ["answer", "confidence"],
    "additionalProperties": false
  }
}`;

export type JsonSchemaParse = { ok: true; format: JsonSchemaFormat } | { ok: false; message: string };

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the JSON Schema textbox: `{name, schema, strict?, description?}` or a bare JSON schema
 * (then named "response"). The Strict switch turns strict on; `"strict": true` in the text does too.
 */
export function parseJsonSchemaSetting(text: string, strictSwitch: boolean): JsonSchemaParse {
  if (text.trim() === '')
    return { ok: false, message: 'JSON Schema is empty: paste a schema or {name, schema}.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, message: `JSON Schema is not valid JSON: ${reason}` };
  }
  if (!isObject(value)) return { ok: false, message: 'JSON Schema must be a JSON object.' };
  const wrapped = isObject(value.schema) && typeof value.name === 'string';
  const name = wrapped ? (value.name as string) : 'response';
  if (!NAME.test(name)) {
    return { ok: false, message: 'JSON Schema name must be 1-64 letters, digits, underscores or dashes.' };
  }
  const schema = wrapped ? (value.schema as Record<string, unknown>) : value;
  const strict = strictSwitch || (wrapped && value.strict === true);
  const description = wrapped && typeof value.description === 'string' ? value.description : undefined;
  return {
    ok: true,
    format: { name, ...(description ? { description } : {}), schema, ...(strict ? { strict: true } : {}) },
  };
}

/** Structured outputs (JSON Schema) take no stream, no stop sequences and no function tools. */
export function isStructured(p: FormatSetting): boolean {
  return p.responseFormat === 'json_schema';
}

/** JSON Object or JSON Schema: Stream and Stop are off (JSON mode's documented limits). */
export function isJsonResponse(p: FormatSetting): boolean {
  return p.responseFormat !== 'text';
}

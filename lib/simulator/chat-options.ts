/**
 * The newer request fields (2025–26): reasoning_effort, include_reasoning, service_tier and
 * response_format (text, json_object, json_schema), parsed with Groq's `'<path>' : <what>` wording.
 */
import type { ChatRequest, JsonSchema } from './chat-types';
import { isRecord } from './chat-types';
import { fieldError, invalidRequest } from './errors';

const EFFORTS = ['none', 'default', 'low', 'medium', 'high'] as const;
const TIERS = ['auto', 'on_demand', 'flex', 'performance'] as const;
const FORMATS = ['parsed', 'raw', 'hidden'] as const;

function oneOf<T extends string>(
  body: Record<string, unknown>,
  key: string,
  values: readonly T[],
): T | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw fieldError(key, `value must be one of [${values.join(', ')}]`);
}

type ResponseFormat = Pick<ChatRequest, 'jsonMode' | 'jsonSchema'>;

function parseResponseFormat(value: unknown): ResponseFormat {
  if (value === undefined || value === null) return { jsonMode: false };
  const type = isRecord(value) ? value.type : undefined;
  if (type === 'text') return { jsonMode: false };
  if (type === 'json_object') return { jsonMode: true };
  if (type !== 'json_schema' || !isRecord(value)) {
    throw fieldError('response_format.type', 'value must be one of [text, json_object, json_schema]');
  }
  const spec = value.json_schema;
  if (!isRecord(spec)) throw fieldError('response_format.json_schema', "property 'json_schema' is missing");
  if (typeof spec.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
    throw fieldError('response_format.json_schema.name', 'value must match ^[a-zA-Z0-9_-]{1,64}$');
  }
  if (spec.schema !== undefined && !isRecord(spec.schema)) {
    throw fieldError('response_format.json_schema.schema', 'value must be an object');
  }
  const schema = (spec.schema ?? {}) as JsonSchema;
  const strict = spec.strict === true;
  if (strict) checkStrictSchema(schema, 'response_format.json_schema.schema');
  return { jsonMode: false, jsonSchema: { name: spec.name, schema, strict } };
}

/** Strict mode's documented subset: every object lists all its properties as required, no extras. */
function checkStrictSchema(schema: JsonSchema & { additionalProperties?: unknown }, path: string): void {
  if (schema.type === 'object' || schema.properties) {
    if (schema.additionalProperties !== false) {
      throw invalidRequest(
        `invalid JSON schema for strict mode: '${path}' : 'additionalProperties' must be false`,
        'invalid_json_schema',
      );
    }
    const keys = Object.keys(schema.properties ?? {});
    const missing = keys.filter((key) => !schema.required?.includes(key));
    if (missing.length > 0) {
      throw invalidRequest(
        `invalid JSON schema for strict mode: '${path}' : every property must be required (missing: ${missing.join(', ')})`,
        'invalid_json_schema',
      );
    }
    for (const key of keys) {
      const child = schema.properties?.[key];
      if (child) checkStrictSchema(child, `${path}.properties.${key}`);
    }
  }
  if (schema.items) checkStrictSchema(schema.items, `${path}.items`);
}

export type ChatOptions = ResponseFormat &
  Pick<ChatRequest, 'reasoningEffort' | 'includeReasoning' | 'serviceTier' | 'reasoningFormat'>;

export function parseChatOptions(body: Record<string, unknown>): ChatOptions {
  const include = body.include_reasoning;
  if (include !== undefined && include !== null && typeof include !== 'boolean') {
    throw fieldError('include_reasoning', 'value must be a boolean');
  }
  const reasoningFormat = oneOf(body, 'reasoning_format', FORMATS);
  const includeReasoning = typeof include === 'boolean' ? include : undefined;
  if (reasoningFormat && includeReasoning !== undefined) {
    throw invalidRequest('`include_reasoning` and `reasoning_format` are mutually exclusive; set only one');
  }
  const reasoningEffort = oneOf(body, 'reasoning_effort', EFFORTS);
  const serviceTier = oneOf(body, 'service_tier', TIERS);
  return {
    ...parseResponseFormat(body.response_format),
    ...(reasoningFormat ? { reasoningFormat } : {}),
    ...(reasoningEffort ? { reasoningEffort } : {}),
    ...(includeReasoning !== undefined ? { includeReasoning } : {}),
    ...(serviceTier ? { serviceTier } : {}),
  };
}

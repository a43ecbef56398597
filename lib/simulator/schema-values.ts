/**
 * Builds plausible values for a JSON schema from the prompt: places for location-like strings, the
 * arithmetic expression for expression-like strings, the first enum value, 1 for numbers, true for
 * booleans. Shared by tool-call arguments and JSON mode.
 */
import type { JsonSchema } from './chat-types';
import { isRecord } from './chat-types';
import { excerpt, titleCase } from './text';

export interface ValueContext {
  prompt: string;
  places: readonly string[];
  /** The place this particular (parallel) call is about. */
  place?: string;
  math: string | null;
  quoted: string | null;
  words: readonly string[];
  /** `$defs` / `definitions` of the root schema, for resolving local `$ref`s. */
  defs?: Record<string, JsonSchema>;
}

export const LOCATION_KEY = /location|city|place|destination|town|country|region|address|where/i;

function exampleFromDescription(description: string | undefined): string | null {
  if (!description) return null;
  const match = /\be\.g\.?,?\s+([^;)\n]+?)\s*(?:\)|;|$|\.\s)/i.exec(description);
  return match?.[1]?.replace(/^["'“]|["'”]$/g, '').trim() || null;
}

function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') ?? 'string';
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return 'string';
}

export function stringValue(name: string, schema: JsonSchema, ctx: ValueContext): string {
  const example = exampleFromDescription(schema.description);
  if (LOCATION_KEY.test(name)) return ctx.place ?? ctx.places[0] ?? example ?? 'San Francisco, CA';
  if (/expression|formula|equation|math|calculation/i.test(name)) return ctx.math ?? example ?? '2 + 2';
  if (/^(q|query|search|question|prompt|text|input|message|content|topic|keywords?)$/i.test(name)) {
    return excerpt(ctx.prompt, 200) || example || 'example';
  }
  if (/date/i.test(name)) return /\b(19|20)\d{2}-\d{2}-\d{2}\b/.exec(ctx.prompt)?.[0] ?? '2024-11-15';
  if (/^(temp(erature)?_)?units?$/i.test(name))
    return /fahrenheit/i.test(ctx.prompt) ? 'fahrenheit' : 'celsius';
  const topic = ctx.words.slice(0, 3).join(' ');
  if (/name|title/i.test(name)) return ctx.quoted ?? (titleCase(ctx.words.slice(0, 3)) || name);
  if (/quantity|amount|count|size/i.test(name)) return '1';
  if (/direction|step|instruction/i.test(name)) return `Prepare the ${topic || 'item'} step by step.`;
  if (/description|summary|explanation|reason/i.test(name))
    return `A short description of ${excerpt(ctx.prompt, 80)}.`;
  return ctx.quoted ?? ctx.place ?? ctx.places[0] ?? example ?? (topic || name);
}

function resolveRef(schema: JsonSchema, ctx: ValueContext): JsonSchema {
  const ref = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(schema.$ref ?? '')?.[1];
  return (ref && ctx.defs?.[ref]) || schema;
}

export function valueForSchema(name: string, raw: JsonSchema, ctx: ValueContext, depth = 0): unknown {
  const schema = resolveRef(raw, ctx);
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return depth > 4 || !isRecord(schema.items) ? [] : [valueForSchema(name, schema.items, ctx, depth + 1)];
    case 'object':
      return depth > 4 ? {} : objectForSchema(schema, ctx, depth + 1);
    default:
      return stringValue(name, schema, ctx);
  }
}

/** The required properties (all of them when `required` is absent), each with a value. */
export function objectForSchema(schema: JsonSchema, base: ValueContext, depth = 0): Record<string, unknown> {
  const defs = schema.$defs ?? schema.definitions;
  const ctx = defs && !base.defs ? { ...base, defs } : base;
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const names = Array.isArray(schema.required)
    ? schema.required.filter((key) => key in properties)
    : Object.keys(properties);
  const out: Record<string, unknown> = {};
  for (const key of names) {
    const prop = properties[key];
    if (prop) out[key] = valueForSchema(key, prop, ctx, depth);
  }
  return out;
}

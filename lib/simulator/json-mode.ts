/**
 * JSON mode: one pretty-printed JSON object reflecting the prompt. A JSON schema (or JSON example)
 * found in the system/user text shapes the object; "extract the a, b and c" asks for those keys;
 * otherwise the object carries a topic, summary, keywords and answer.
 */
import { isRecord, type JsonSchema } from './chat-types';
import { objectForSchema, stringValue, type ValueContext } from './schema-values';
import {
  excerpt,
  extractMathExpression,
  extractPlaces,
  firstQuoted,
  keywords,
  snakeCase,
  titleCase,
} from './text';
import { Prng } from './tokens';

export interface JsonInput {
  prompt: string;
  system: string | null;
  seed: number;
  /** `response_format: json_schema`: the answer is an instance of this schema. */
  schema?: JsonSchema;
}

/** Every balanced {...} in a text that parses (after dropping `# comments` and trailing commas). */
function embeddedObjects(text: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (
    let start = text.indexOf('{');
    start !== -1 && found.length < 3;
    start = text.indexOf('{', start + 1)
  ) {
    let depth = 0;
    for (let i = start; i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}') depth -= 1;
      if (depth !== 0) continue;
      const candidate = text
        .slice(start, i + 1)
        .replace(/\s#[^\n"]*$/gm, '')
        .replace(/,(\s*[}\]])/g, '$1');
      try {
        const parsed: unknown = JSON.parse(candidate);
        if (isRecord(parsed) && Object.keys(parsed).length > 0) {
          found.push(parsed);
          start = i;
        }
      } catch {
        // not JSON; try the next brace
      }
      break;
    }
  }
  return found;
}

function keyedString(key: string, ctx: ValueContext, topic: string): string {
  const k = key.toLowerCase();
  if (/title|^name$|recipe_name/.test(k)) return ctx.quoted ?? topic;
  if (/author|artist|writer/.test(k)) {
    return /\bby\s+((?:\p{Lu}[\p{L}.'-]*\s?){1,4})/u.exec(ctx.prompt)?.[1]?.trim() ?? 'Unknown';
  }
  if (/year|published|date/.test(k)) return /\b(1[5-9]|20)\d{2}\b/.exec(ctx.prompt)?.[0] ?? '2024';
  if (/summary|description|answer|explanation/.test(k))
    return `A concise answer about ${excerpt(ctx.prompt, 80) || topic}.`;
  if (/sentiment/.test(k)) return 'positive';
  return stringValue(key, {}, ctx) || `${key.replace(/_/g, ' ')} of ${topic}`;
}

/** Mirrors a JSON example, turning descriptions like "string (positive, negative)" into values. */
function mirror(value: unknown, key: string, ctx: ValueContext, topic: string, depth = 0): unknown {
  if (Array.isArray(value))
    return value.length > 0 && depth < 5 ? [mirror(value[0], key, ctx, topic, depth + 1)] : [];
  if (isRecord(value)) {
    if (depth >= 5) return {};
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mirror(v, k, ctx, topic, depth + 1)]),
    );
  }
  if (typeof value !== 'string') return value;
  if (/^(number|float|integer|int)\b/i.test(value)) return /0\s*-\s*1/.test(value) ? 0.5 : 1;
  if (/^bool/i.test(value)) return true;
  const options = /^string\s*\(([^)]+)\)/i.exec(value)?.[1];
  if (options) return options.split(/\s*[,|/]\s*/)[0]?.trim() ?? '';
  return keyedString(key, ctx, topic);
}

export function buildJsonAnswer(input: JsonInput): Record<string, unknown> {
  const rng = new Prng(input.seed);
  const words = keywords(input.prompt, 6);
  const topic = words.length > 0 ? titleCase(words.slice(0, 4)) : 'General Request';
  const ctx: ValueContext = {
    prompt: input.prompt,
    places: extractPlaces(input.prompt),
    math: extractMathExpression(input.prompt),
    quoted: firstQuoted(input.prompt),
    words,
  };
  if (input.schema) return objectForSchema(input.schema, ctx);
  const embedded = embeddedObjects(`${input.system ?? ''}\n${input.prompt}`)[0];
  if (embedded) {
    if (isRecord(embedded.properties)) return objectForSchema(embedded, ctx);
    const mirrored = mirror(embedded, 'root', ctx, topic);
    if (isRecord(mirrored)) return mirrored;
  }
  const extract = /\bextract\s+(?:the\s+)?(.+?)(?:\s+(?:from|as|in)\b|[.:\n]|$)/i.exec(input.prompt)?.[1];
  if (extract) {
    const keys = extract
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map(snakeCase)
      .filter(Boolean);
    if (keys.length > 0) return Object.fromEntries(keys.map((key) => [key, keyedString(key, ctx, topic)]));
  }
  return {
    topic,
    summary: `A structured answer to “${excerpt(input.prompt, 100) || 'your request'}”.`,
    keywords: words.map((w) => w.toLowerCase()),
    answer: `The key idea is ${words[0] ?? 'clarity'}: ${rng.pick([
      'start small, measure, then iterate.',
      'define the goal first, then choose the simplest approach that meets it.',
      'compare two options on the same criteria before committing.',
    ])}`,
    confidence: Number((0.75 + rng.next() * 0.2).toFixed(2)),
  };
}

export function jsonAnswerText(input: JsonInput): string {
  return JSON.stringify(buildJsonAnswer(input), null, 2);
}

/** A plausible broken generation for json_validate_failed. */
export function failedJsonGeneration(input: JsonInput): string {
  const text = jsonAnswerText(input);
  return `${text.slice(0, Math.max(12, Math.floor(text.length / 2)))}\n  "note": unterminated`;
}

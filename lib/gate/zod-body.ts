import type { z } from 'zod';
import type { Parsed } from '../errors';
import { invalidRequest } from '../errors';

/** A route's schema step from a zod schema: the first issue, as `'path' : message` (Groq's wording). */
export function zodBody<S extends z.ZodType>(schema: S): (value: unknown) => Parsed<z.infer<S>> {
  return (value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, data: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, error: invalidRequest(`'${issue?.path.join('.') || 'body'}' : ${issue?.message}`) };
  };
}

import type { z } from 'zod';

/** Parses environment variables with a zod schema; a bad value fails loudly, naming every problem. */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined>,
  what: string,
): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid ${what}: ${problems}`);
  }
  return result.data;
}

import 'server-only';
import { z } from 'zod';
import { parseEnv } from '../parse-env';

/**
 * Settings for running the playground in public: all from the environment, all checked before any
 * upstream call. Rate limits are off unless set (a private deployment needs none); the body-size
 * limit and the Origin check are on by default because they cost nothing.
 */
const count = z.coerce.number().int().min(0);
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

const securitySchema = z.object({
  PLAYGROUND_ACCESS_CODE: z
    .string()
    .optional()
    .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined)),
  RATE_LIMIT_REQUESTS_PER_MINUTE: count.default(0),
  RATE_LIMIT_TOKENS_PER_MINUTE: count.default(0),
  MAX_CONCURRENT_STREAMS: count.default(0),
  ALLOWED_MODELS: list,
  MAX_COMPLETION_TOKENS_CEILING: count.default(0),
  /** Above Groq's 4 MB base64 image rule, below Vercel's 4.5 MB request body limit. */
  MAX_BODY_BYTES: count.default(4_400_000),
  ALLOWED_ORIGINS: list,
});

export type SecurityConfig = z.infer<typeof securitySchema>;

export function parseSecurityConfig(source: Record<string, string | undefined>): SecurityConfig {
  return parseEnv(securitySchema, source, 'security settings');
}

let cached: SecurityConfig | undefined;

export function securityConfig(): SecurityConfig {
  cached ??= parseSecurityConfig(process.env);
  return cached;
}

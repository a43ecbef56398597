import 'server-only';
import { z } from 'zod';
import { parseEnv } from '../parse-env';

/**
 * Server environment, parsed once when a route first loads. A malformed value fails loudly here
 * rather than as a confusing upstream error later. Nothing in this module may reach the browser.
 */
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

const envSchema = z.object({
  GROQ_API_KEY: optionalString,
  GROQ_BASE_URL: optionalString.pipe(z.url({ message: 'GROQ_BASE_URL must be an http(s) URL' }).optional()),
  GROQ_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  GROQ_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
  MODELS_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Moderation's model; unset = the first live of the preferred guard models. */
  GUARD_MODEL: optionalString,
});

export type ServerEnv = z.infer<typeof envSchema>;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  return parseEnv(envSchema, source, 'server environment');
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** Demo mode: neither a key nor another server is configured, so the built-in simulator answers. */
export function isDemoMode(env: ServerEnv = serverEnv()): boolean {
  return !env.GROQ_API_KEY && !env.GROQ_BASE_URL;
}

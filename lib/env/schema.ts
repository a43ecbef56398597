import { isIP } from 'node:net';
import { z } from 'zod';
import { parseEnv } from '../parse-env';
import { validHostEntry } from './host-name';

/**
 * Every setting the server reads, in one schema: Groq, the public-deployment guards, Redis and the
 * simulator. An empty variable means "unset" (so `.env` files can list every name); anything else
 * that does not parse stops the server with a message naming the variable — nothing falls back to
 * a default silently.
 */
const text = z.string().trim().min(1).optional();
const count = (max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number (0 or more)')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
const flag = z.enum(['0', '1'], { message: 'must be 0 or 1' }).transform((value) => value === '1');

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'cidrs'; cidrs: string[] }
  | { kind: 'vercel' }
  | { kind: 'cloudflare' };

const trustedProxies = z
  .string()
  .trim()
  .default('none')
  .transform((value, ctx): TrustedProxies => {
    const lower = value.toLowerCase();
    if (lower === 'none' || lower === '0') return { kind: 'none' };
    if (lower === 'vercel' || lower === 'cloudflare') return { kind: lower };
    if (/^\d+$/.test(lower)) {
      const hops = Number(lower);
      if (hops <= 10) return { kind: 'hops', hops };
    }
    const cidrs = value.split(',').map((item) => item.trim());
    if (cidrs.every(isAddressOrCidr)) return { kind: 'cidrs', cidrs };
    ctx.addIssue({
      code: 'custom',
      message:
        'must be none, a hop count (1-10), vercel, cloudflare, or a comma-separated list of addresses/CIDRs',
    });
    return z.NEVER;
  });

const httpUrl = (name: string) =>
  z
    .url({ protocol: /^https?$/, message: `${name} must be an http(s) URL` })
    .trim()
    .optional();

/** The Groq simulator (standalone `npm run simulator`, and the embedded one in demo mode). */
const simulatorShape = {
  SIMULATOR_PORT: count(65_535).default(8787),
  SIMULATOR_HOST: z.string().trim().min(1).default('127.0.0.1'),
  SIMULATOR_API_KEY: text,
  SIMULATOR_TPS: count().default(800),
  SIMULATOR_TOKENS: count().pipe(z.number().min(1, 'must be at least 1')).default(220),
  SIMULATOR_FIRST_TOKEN_MS: count().default(0),
  SIMULATOR_SLOW_MS: count().default(3000),
  SIMULATOR_ENFORCE_RATE_LIMITS: flag.default(false),
  SIMULATOR_ERA: z.enum(['today', '2024'], { message: "must be 'today' or '2024'" }).default('today'),
  // How long a simulated batch stays in each status (validating, in_progress, finalizing).
  SIMULATOR_BATCH_STEP_MS: count().default(1000),
  // Hosts whose MCP servers the simulator may call: loopback, *, host[:port], or none (see docs).
  SIMULATOR_MCP_ALLOWED_HOSTS: text,
};

export const simulatorEnvSchema = z.object(simulatorShape);
export type SimulatorEnv = z.infer<typeof simulatorEnvSchema>;

export const envSchema = z
  .object({
    // Groq
    GROQ_API_KEY: text,
    GROQ_BASE_URL: httpUrl('GROQ_BASE_URL'),
    GROQ_MAX_RETRIES: count(5).default(2),
    GROQ_TIMEOUT_MS: count().pipe(z.number().min(1000, 'must be at least 1000')).default(120_000),
    MODELS_CACHE_SECONDS: count().default(60),
    /** The Llama Guard model for moderation; unset = the catalog's choice. */
    GUARD_MODEL: text,
    // Who may use this deployment, and how much
    PLAYGROUND_ACCESS_CODE: text,
    SESSION_SECRET: z
      .string()
      .min(32, 'must be at least 32 characters (try: openssl rand -hex 32)')
      .optional(),
    SESSION_MAX_AGE_SECONDS: count(365 * 24 * 3600)
      .pipe(z.number().min(60, 'must be at least 60'))
      .default(7 * 24 * 3600),
    PUBLIC_URL: httpUrl('PUBLIC_URL'),
    TRUSTED_PROXIES: trustedProxies,
    RATE_LIMIT_REQUESTS_PER_MINUTE: count().default(0),
    RATE_LIMIT_TOKENS_PER_MINUTE: count().default(0),
    MAX_CONCURRENT_STREAMS: count().default(0),
    MAX_CONCURRENT_STREAMS_PER_INSTANCE: count().default(0),
    RATE_LIMIT_MEMORY_MAX_CLIENTS: count().pipe(z.number().min(100, 'must be at least 100')).default(20_000),
    UNLOCK_MAX_ATTEMPTS: count(1000).pipe(z.number().min(1, 'must be at least 1')).default(5),
    UNLOCK_LOCKOUT_SECONDS: count(86_400).pipe(z.number().min(1, 'must be at least 1')).default(60),
    UNLOCK_GLOBAL_MAX_FAILURES_PER_MINUTE: count().pipe(z.number().min(1, 'must be at least 1')).default(100),
    ALLOWED_MODELS: list,
    MAX_COMPLETION_TOKENS_CEILING: count().default(0),
    /** Tokens a batch file may ask for per client per minute; unset = RATE_LIMIT_TOKENS_PER_MINUTE. */
    RATE_LIMIT_BATCH_TOKENS_PER_MINUTE: count().optional(),
    /** 1 = every visitor sees every batch this deployment created (never the organisation's others). */
    SHARE_BATCHES_ACROSS_VISITORS: flag.default(false),
    /** Above Groq's 4 MB base64 image rule, below Vercel's 4.5 MB request body limit. */
    MAX_BODY_BYTES: count().pipe(z.number().min(1024, 'must be at least 1024')).default(4_400_000),
    ALLOWED_ORIGINS: list.pipe(
      z.array(z.url({ message: 'each entry must be an origin like https://a.example' })),
    ),
    /** Host names the API answers to besides PUBLIC_URL's, ALLOWED_ORIGINS', Vercel's and loopback. */
    ALLOWED_HOSTS: list.pipe(
      z.array(
        z.string().refine(validHostEntry, {
          message: 'each entry must be a host name like play.example.com, *.example.com, or *',
        }),
      ),
    ),
    // Set by Vercel itself (host names without a scheme): the API answers to them with no setting.
    VERCEL_URL: text,
    VERCEL_BRANCH_URL: text,
    VERCEL_PROJECT_PRODUCTION_URL: text,
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, message: 'REDIS_URL must be a redis:// or rediss:// URL' })
      .trim()
      .optional(),
    ...simulatorShape,
  })
  .superRefine((env, ctx) => {
    if (env.PLAYGROUND_ACCESS_CODE && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when PLAYGROUND_ACCESS_CODE is set (it signs the access sessions)',
      });
    }
  });

export type AppEnv = z.infer<typeof envSchema>;

/** Names this module reads: everything else in the environment is ignored. */
export const NAMES = Object.keys(envSchema.shape) as (keyof AppEnv)[];

function setValues(
  source: Record<string, string | undefined>,
  names: readonly string[],
): Record<string, string> {
  const input: Record<string, string> = {};
  for (const name of names) {
    const value = source[name];
    if (value !== undefined && value.trim() !== '') input[name] = value;
  }
  return input;
}

/** Parses the environment; empty values count as unset. Throws one error naming every bad variable. */
export function parseAppEnv(source: Record<string, string | undefined>): AppEnv {
  return parseEnv(envSchema, setValues(source, NAMES), 'configuration');
}

/** The simulator's settings alone (the standalone simulator does not need the app's). */
export function parseSimulatorEnv(source: Record<string, string | undefined>): SimulatorEnv {
  return parseEnv(simulatorEnvSchema, setValues(source, Object.keys(simulatorShape)), 'simulator settings');
}

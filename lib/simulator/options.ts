/** Simulator settings: defaults, environment overrides (SIMULATOR_*) and constructor overrides. */
import { parseEra, type SimulatorEra } from './lineups';

export interface SimulatorOptions {
  /** The only Bearer key accepted on /openai/v1 routes. */
  apiKey: string;
  /** Streaming speed. 0 = no delay at all (everything is emitted as fast as possible). */
  tokensPerSecond: number;
  /** Default answer length in tokens (triggers and max_completion_tokens override it). */
  answerTokens: number;
  /** Extra delay before the first content token (a small simulated queue time is added when tps > 0). */
  firstTokenDelayMs: number;
  /** Delay used by the `[sim:slow]` trigger when it carries no explicit value. */
  slowFirstTokenMs: number;
  /** x-ratelimit-limit-requests: requests per day. */
  limitRequests: number;
  /** x-ratelimit-limit-tokens: tokens per minute. */
  limitTokens: number;
  /** When true, an exhausted request/token budget answers 429 by itself (default false: headers only). */
  enforceRateLimits: boolean;
  /** Most request-log entries kept (oldest dropped first). */
  maxLogEntries: number;
  /** Which Groq lineup is served: today's (default) or November 2024's. */
  era: SimulatorEra;
  /** How long each batch stage lasts (validating, in_progress ×2, finalizing), in ms. */
  batchStepMs: number;
}

export const DEFAULT_API_KEY = 'gsk_simulator_demo_key';

type Env = Record<string, string | undefined>;

function numberFromEnv(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function defaultOptions(env: Env = process.env): SimulatorOptions {
  return {
    apiKey: env.SIMULATOR_API_KEY || DEFAULT_API_KEY,
    tokensPerSecond: numberFromEnv(env, 'SIMULATOR_TPS', 800),
    answerTokens: Math.max(1, Math.round(numberFromEnv(env, 'SIMULATOR_TOKENS', 220))),
    firstTokenDelayMs: numberFromEnv(env, 'SIMULATOR_FIRST_TOKEN_MS', 0),
    slowFirstTokenMs: numberFromEnv(env, 'SIMULATOR_SLOW_MS', 3000),
    limitRequests: 14_400,
    limitTokens: 18_000,
    enforceRateLimits: env.SIMULATOR_ENFORCE_RATE_LIMITS === '1',
    maxLogEntries: 500,
    era: parseEra(env.SIMULATOR_ERA),
    batchStepMs: numberFromEnv(env, 'SIMULATOR_BATCH_STEP_MS', 1000),
  };
}

export function resolveOptions(
  overrides: Partial<SimulatorOptions> = {},
  env: Env = process.env,
): SimulatorOptions {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...defaultOptions(env), ...defined };
}

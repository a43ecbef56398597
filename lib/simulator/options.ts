/** Simulator settings: defaults, environment overrides (SIMULATOR_*) and constructor overrides. */

import { parseSimulatorEnv } from '../env/schema';
import type { SimulatorEra } from './lineups';
import { defaultMcpAllowedHosts, type McpAllowedHosts, parseMcpAllowedHosts } from './mcp-hosts';

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
  /** Most bytes of logged bodies kept (as JSON; oldest entries dropped first). */
  maxLogBytes: number;
  /** Files kept (uploads and batch results; oldest dropped first). */
  maxStoredFiles: number;
  /** Bytes of files kept (oldest dropped first; a single larger upload is refused with 413). */
  maxStoredFileBytes: number;
  /** Batches kept (oldest dropped first). */
  maxBatches: number;
  /** Request lines of all kept batches together (oldest batches dropped first). */
  maxBatchLines: number;
  /**
   * Whether `/_simulator/*` (the request log) answers at all; it always needs the Bearer key. The
   * embedded demo simulator turns it off: nobody but the app has a use for its visitors' prompts.
   */
  inspectable: boolean;
  /** Which Groq lineup is served: today's (default) or November 2024's. */
  era: SimulatorEra;
  /** How long each batch stage lasts (validating, in_progress ×2, finalizing), in ms. */
  batchStepMs: number;
  /** Hosts whose MCP servers may be called (`loopback`, `*`, `host[:port]`); empty = MCP refused. */
  mcpAllowedHosts: McpAllowedHosts;
}

export const DEFAULT_API_KEY = 'gsk_simulator_demo_key';

type Env = Record<string, string | undefined>;

/** From SIMULATOR_* (lib/env/schema.ts): a bad value throws, naming the variable. */
export function defaultOptions(env: Env = process.env): SimulatorOptions {
  const settings = parseSimulatorEnv(env);
  return {
    apiKey: settings.SIMULATOR_API_KEY ?? DEFAULT_API_KEY,
    tokensPerSecond: settings.SIMULATOR_TPS,
    answerTokens: settings.SIMULATOR_TOKENS,
    firstTokenDelayMs: settings.SIMULATOR_FIRST_TOKEN_MS,
    slowFirstTokenMs: settings.SIMULATOR_SLOW_MS,
    limitRequests: 14_400,
    limitTokens: 18_000,
    enforceRateLimits: settings.SIMULATOR_ENFORCE_RATE_LIMITS,
    maxLogEntries: 500,
    maxLogBytes: 8 * 1024 * 1024,
    maxStoredFiles: 100,
    maxStoredFileBytes: 64 * 1024 * 1024,
    maxBatches: 100,
    maxBatchLines: 50_000,
    inspectable: true,
    era: settings.SIMULATOR_ERA,
    batchStepMs: settings.SIMULATOR_BATCH_STEP_MS,
    mcpAllowedHosts:
      parseMcpAllowedHosts(settings.SIMULATOR_MCP_ALLOWED_HOSTS) ?? defaultMcpAllowedHosts(env.NODE_ENV),
  };
}

export function resolveOptions(
  overrides: Partial<SimulatorOptions> = {},
  env: Env = process.env,
): SimulatorOptions {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...defaultOptions(env), ...defined };
}

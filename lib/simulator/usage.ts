/** Groq's usage object with simulated (deterministic) timings. */
import { Prng, round9 } from './tokens';

export interface Usage {
  queue_time: number;
  prompt_tokens: number;
  prompt_time: number;
  completion_tokens: number;
  completion_time: number;
  total_tokens: number;
  total_time: number;
  completion_tokens_details?: { reasoning_tokens: number };
  prompt_tokens_details?: { cached_tokens: number };
}

/** Prompt caching works on prefixes of at least this many tokens (gpt-oss; Groq's docs give 128–1024). */
const CACHE_BLOCK = 128;

/**
 * Today's usage details: reasoning tokens, and cached tokens for a conversation whose earlier turns
 * were sent before (everything but the newest turn, in whole cache blocks).
 */
export function usageDetails(reasoningTokens: number, previousPromptTokens: number) {
  return {
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
    prompt_tokens_details: { cached_tokens: Math.floor(previousPromptTokens / CACHE_BLOCK) * CACHE_BLOCK },
  };
}

/** Speed reported in completion_time when tokensPerSecond is 0 (no pacing). */
export const NOMINAL_TPS = 800;

export function buildUsage(seed: number, promptTokens: number, completionTokens: number, tps: number): Usage {
  const rng = new Prng(seed ^ 0x5bd1e995);
  const queue = 0.01 + rng.next() * 0.04;
  const promptTime = 0.0002 + promptTokens * 0.00002 + rng.next() * 0.0005;
  const completionTime = completionTokens / (tps > 0 ? tps : NOMINAL_TPS);
  return {
    queue_time: round9(queue),
    prompt_tokens: promptTokens,
    prompt_time: round9(promptTime),
    completion_tokens: completionTokens,
    completion_time: round9(completionTime),
    total_tokens: promptTokens + completionTokens,
    total_time: round9(promptTime + completionTime),
  };
}

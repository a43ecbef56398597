import 'server-only';
import type { ChatMessage } from '../schema/chat-request';
import { inputScreening } from './guard';

/** A guard model answers "safe" or "unsafe\nS1,S2": a few tokens. */
const VERDICT_TOKENS = 16;

/** A cautious token estimate for text (about 4 characters a token; never less than 1 per word). */
export function estimateTokens(text: string): number {
  return Math.max(Math.ceil(text.length / 4), text.split(/\s+/).filter(Boolean).length);
}

/**
 * The tokens moderation adds to a chat request's budget: both screenings — the prompt, then the
 * prompt plus an answer of up to `answerTokens` — each with its verdict. (The guard model itself is
 * checked against the allowlist like the main model.)
 */
export function moderationTokens(messages: readonly ChatMessage[], answerTokens: number): number {
  const prompt = inputScreening(messages).reduce((sum, m) => sum + estimateTokens(m.content), 0);
  return prompt + VERDICT_TOKENS + prompt + answerTokens + VERDICT_TOKENS;
}

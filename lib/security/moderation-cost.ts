import 'server-only';
import { guardModel } from '../groq/env';
import { inputScreening } from '../groq/guard';
import type { ChatMessage } from '../schema/chat-request';

/** Llama Guard answers "safe" or "unsafe\nS1,S2": a few tokens. */
const VERDICT_TOKENS = 16;

/** A cautious token estimate for text (about 4 characters a token; never less than 1 per word). */
export function estimateTokens(text: string): number {
  return Math.max(Math.ceil(text.length / 4), text.split(/\s+/).filter(Boolean).length);
}

/**
 * What moderation adds to a chat request: the model it calls (checked against the allowlist) and
 * the tokens of both screenings — the prompt, then the prompt plus an answer of up to
 * `answerTokens` — so a guarded request costs its budget honestly.
 */
export function moderationCost(
  messages: readonly ChatMessage[],
  answerTokens: number,
): { model: string; tokens: number } {
  const prompt = inputScreening(messages).reduce((sum, m) => sum + estimateTokens(m.content), 0);
  return { model: guardModel(), tokens: prompt + VERDICT_TOKENS + prompt + answerTokens + VERDICT_TOKENS };
}

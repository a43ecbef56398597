/**
 * Groq's on-demand prices in US dollars, as data beside the capability table. Only figures a reference
 * states are here; a model that is missing has an unknown price (shown as "price unknown", never $0).
 *
 * Sources:
 * - shared/reference/groq-api-now.md (fact sheet, late 2026), section 1, from Groq's models page as
 *   copied in about late August 2026: token prices of gpt-oss-120b, gpt-oss-20b, gpt-oss-safeguard-20b
 *   and qwen3.8-27b; Whisper per hour; Orpheus per million characters. Section 3 (docs/prompt-caching):
 *   cached input at 50% off on the gpt-oss models (qwen3.8 caching unconfirmed, so no cached price).
 *   Section 9: each transcription billed for at least 10 s. Section 10 (docs/batch): Batch 50% off,
 *   not stacked with the cache discount; no Batch for Orpheus.
 * - shared/reference/groq-full-docs.md (2024 docs), speech-to-text page: the same Whisper prices, the
 *   10 s minimum billed length, and distil-whisper-large-v3-en at $0.02/h (shut down 2025-08-23).
 * The enterprise-only Llama and MiniMax models are "Contact Sales": no public price.
 */

export const PRICES_AS_OF = '2026-08';
export const PRICES_SOURCE = "Groq's models page (copy of about late August 2026)";

/** Batch jobs cost half; the cache discount does not apply on top of it. */
export const BATCH_DISCOUNT = 0.5;
/** Cached input tokens cost half of input on the models whose caching Groq documents. */
export const CACHED_INPUT_DISCOUNT = 0.5;
/** A transcription or translation shorter than this is billed as this long. */
export const STT_MINIMUM_BILLED_SECONDS = 10;

export interface TokenPrice {
  kind: 'tokens';
  /** Dollars per million input tokens. */
  input: number;
  /** Dollars per million cached input tokens; null when caching's price is not documented. */
  cachedInput: number | null;
  /** Dollars per million output tokens (reasoning tokens are output tokens). */
  output: number;
  batch: boolean;
}

export interface CharacterPrice {
  kind: 'characters';
  /** Dollars per million input characters. */
  perMillionCharacters: number;
  batch: false;
}

export interface AudioHourPrice {
  kind: 'audio-hours';
  /** Dollars per hour of audio. */
  perHour: number;
  minimumBilledSeconds: number;
  batch: boolean;
}

export type ModelPrice = TokenPrice | CharacterPrice | AudioHourPrice;

const tokens = (input: number, output: number, cached: boolean): TokenPrice => ({
  kind: 'tokens',
  input,
  cachedInput: cached ? input * CACHED_INPUT_DISCOUNT : null,
  output,
  batch: true,
});

const audio = (perHour: number): AudioHourPrice => ({
  kind: 'audio-hours',
  perHour,
  minimumBilledSeconds: STT_MINIMUM_BILLED_SECONDS,
  batch: true,
});

const characters = (perMillionCharacters: number): CharacterPrice => ({
  kind: 'characters',
  perMillionCharacters,
  batch: false,
});

export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'openai/gpt-oss-120b': tokens(0.15, 0.6, true),
  'openai/gpt-oss-20b': tokens(0.075, 0.3, true),
  'openai/gpt-oss-safeguard-20b': tokens(0.075, 0.3, true),
  'qwen/qwen3.8-27b': tokens(0.8, 4, false),
  'whisper-large-v3': audio(0.111),
  'whisper-large-v3-turbo': audio(0.04),
  'distil-whisper-large-v3-en': audio(0.02),
  'canopylabs/orpheus-v1-english': characters(22),
  'canopylabs/orpheus-arabic-saudi': characters(40),
};

export function findModelPrice(modelId: string): ModelPrice | undefined {
  return Object.hasOwn(MODEL_PRICES, modelId) ? MODEL_PRICES[modelId] : undefined;
}

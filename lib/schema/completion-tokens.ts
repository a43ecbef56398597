/**
 * How many tokens a chat request may generate, the figure the token ceiling and budgets count:
 * `max_completion_tokens`, else the deprecated `max_tokens`, else the model's own maximum (the live
 * list's when the server has it, else the capability table's), else a fallback for ids nobody knows.
 */
import { type CatalogModel, findCatalogModel } from '../models/catalog';

/**
 * For a model neither the live list nor the table knows. Where a limit is in force, batch lines
 * without a maximum are sent with this one written in (lib/groq/batch-line.ts), so Groq enforces
 * what was counted.
 */
export const UNKNOWN_MODEL_COMPLETION_TOKENS = 1024;

export interface CompletionLimitFields {
  model: string;
  max_completion_tokens?: number | null;
  max_tokens?: number | null;
}

export function completionTokenLimit(body: CompletionLimitFields, live?: CatalogModel): number {
  return (
    body.max_completion_tokens ??
    body.max_tokens ??
    live?.maxCompletionTokens ??
    findCatalogModel(body.model)?.maxCompletionTokens ??
    UNKNOWN_MODEL_COMPLETION_TOKENS
  );
}

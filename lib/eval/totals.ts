/**
 * Cost totals from the dated price table: per answer in a conversation, per Compare (every pane), and
 * per Run all (answers and the LLM judge's grading requests apart). An unknown price stays unknown in
 * the total ("≥ $… (1 of 3 prices unknown)"), never $0.
 */
import type { ConversationMessage } from '../chat/conversation';
import type { RowResult } from '../datasets/run-all';
import { type CostTotal, chatCost, totalCost } from './cost';

/** The cost of one answer from its usage, or null (no usage yet, or no price). */
export function answerCost(message: Pick<ConversationMessage, 'answer'>): number | null {
  const answer = message.answer;
  if (!answer?.usage) return null;
  return chatCost(answer.model, answer.usage);
}

/** Every answer with usage in these messages (answers still streaming have none yet). */
export function messagesCost(messages: readonly Pick<ConversationMessage, 'answer'>[]): CostTotal {
  return totalCost(messages.filter((m) => m.answer?.usage).map(answerCost));
}

export function rowCost(row: RowResult): number | null {
  if (!row.request || row.promptTokens === null) return null;
  return chatCost(row.request.model, {
    prompt_tokens: row.promptTokens,
    completion_tokens: row.completionTokens ?? 0,
  });
}

export function judgeCost(row: RowResult): number | null {
  if (!row.judge) return null;
  return chatCost(row.judge.model, {
    prompt_tokens: row.judge.promptTokens,
    completion_tokens: row.judge.completionTokens,
  });
}

export interface RunCostTotals {
  answers: CostTotal;
  /** The judge's grading requests; null when no row was judged. */
  judge: CostTotal | null;
}

export function runCostTotals(rows: readonly RowResult[]): RunCostTotals {
  const answered = rows.filter((r) => r.promptTokens !== null);
  const judged = rows.filter((r) => r.judge);
  return {
    answers: totalCost(answered.map(rowCost)),
    judge: judged.length > 0 ? totalCost(judged.map(judgeCost)) : null,
  };
}

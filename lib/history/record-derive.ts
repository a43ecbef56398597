/** What History works out from a record: its title, its totals, its models, whether a search finds it. */
import { allTurns, visiblePath } from './branches';
import type { HistoryDraft, HistoryRecord, HistorySummary, Totals } from './record-schema';

export const TITLE_LENGTH = 60;
export const UNTITLED = 'Untitled conversation';

/** The first words of `text`, cut at a word boundary to about 60 characters. */
export function shortTitle(text: string, length = TITLE_LENGTH): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= length) return words;
  const cut = words.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : words.slice(0, length)).trimEnd()}…`;
}

/**
 * The first user words of the conversation (its visible path), else of the system prompt; a dataset
 * run says so first ("Run all, 12 rows: …").
 */
export function deriveTitle(draft: Pick<HistoryDraft, 'kind' | 'threads' | 'system' | 'rows'>): string {
  const first = draft.threads[0];
  const userTurn = first ? visiblePath(first).find((t) => t.role === 'user' && t.content.trim()) : undefined;
  const words = shortTitle(userTurn?.content ?? draft.system);
  if (draft.kind === 'dataset-run') {
    const count = draft.rows?.length ?? 0;
    const run = `Run all, ${count} row${count === 1 ? '' : 's'}`;
    return words ? shortTitle(`${run}: ${words}`) : run;
  }
  return words || UNTITLED;
}

/** Tokens of every answer in every branch and row (branches cost tokens too), and the known cost. */
export function recordTotals(draft: Pick<HistoryDraft, 'threads' | 'rows'>): Totals {
  let promptTokens = 0;
  let completionTokens = 0;
  let cost: number | null = null;
  const addCost = (value: number | undefined) => {
    if (value !== undefined) cost = (cost ?? 0) + value;
  };
  for (const thread of draft.threads) {
    for (const turn of allTurns(thread)) {
      const usage = turn.answer?.usage;
      promptTokens += usage?.prompt_tokens ?? 0;
      completionTokens += usage?.completion_tokens ?? 0;
      addCost(turn.answer?.costUsd);
    }
  }
  for (const row of draft.rows ?? []) {
    promptTokens += row.promptTokens ?? 0;
    completionTokens += row.completionTokens ?? 0;
    addCost(row.costUsd);
  }
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, costUsd: cost };
}

/** Pane 1's model, then the other panes' (each once). */
export function recordModels(draft: Pick<HistoryDraft, 'settings'>): string[] {
  const models = [draft.settings.model, ...(draft.settings.compare?.panes.map((p) => p.model) ?? [])];
  return [...new Set(models.filter((m) => m !== ''))];
}

/** Only a conversation that got at least one answer (or a run with a finished row) is kept. */
export function worthKeeping(draft: Pick<HistoryDraft, 'threads' | 'rows'>): boolean {
  const answered = draft.threads.some((thread) => allTurns(thread).some((t) => t.answer !== undefined));
  return answered || (draft.rows ?? []).some((row) => row.status === 'done' || row.status === 'error');
}

/** Every text of a record a search looks in: title, system, every turn of every branch, rows. */
function* searchableTexts(record: HistoryRecord): Generator<string> {
  yield record.title;
  yield record.system;
  yield* record.models;
  for (const thread of record.threads) {
    for (const turn of allTurns(thread)) {
      yield turn.content;
      if (turn.answer?.reasoning) yield turn.answer.reasoning;
    }
  }
  for (const row of record.rows ?? []) {
    yield row.answer;
    yield* Object.values(row.values);
  }
}

/** Whether every word of `query` appears somewhere in the record, ignoring case. */
export function recordMatches(record: HistoryRecord, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const texts = [...searchableTexts(record)].map((t) => t.toLocaleLowerCase());
  return words.every((word) => texts.some((text) => text.includes(word)));
}

export function toSummary(record: HistoryRecord): HistorySummary {
  const { id, kind, title, models, createdAt, updatedAt, totals } = record;
  return { id, kind, title, models, createdAt, updatedAt, totals };
}

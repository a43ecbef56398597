/**
 * History's records in IndexedDB: save (upsert by id), list newest first, get, rename, delete,
 * search, and the "Keep history" setting. Every function resolves to a StorageResult: the workbench
 * goes on when the browser cannot store anything.
 */

import { treeProblem } from './branches';
import { fail, ok, type StorageResult, withDatabase } from './db';
import { withBlobImages, withDataUrlImages } from './images';
import { MAX_RECORD_ID_LENGTH, MAX_THREADS, RECORD_VERSION } from './record-constants';
import {
  deriveTitle,
  recordMatches,
  recordModels,
  recordTotals,
  toSummary,
  worthKeeping,
} from './record-derive';
import type { HistoryDraft, HistoryRecord, HistorySummary } from './record-schema';

const KEEP_HISTORY = 'keepHistory';
export const MAX_TITLE_LENGTH = 200;

export type SaveOutcome =
  | { saved: true; summary: HistorySummary }
  | { saved: false; reason: 'history-off' | 'no-answer' };

/** Whether conversations are kept (on unless the user turned it off). */
export function getKeepHistory(): Promise<StorageResult<boolean>> {
  return withDatabase('the "Keep history" setting could not be read', async (db) => {
    const entry = await db.meta.get(KEEP_HISTORY);
    return entry?.value !== false;
  });
}

/** Off: nothing more is saved (what History holds stays until deleted). */
export function setKeepHistory(on: boolean): Promise<StorageResult<void>> {
  return withDatabase('the "Keep history" setting was not saved', async (db) => {
    await db.meta.put({ key: KEEP_HISTORY, value: on });
  });
}

/** `path: message` of the first few problems zod found. */
export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[], max = 3): string {
  const lines = issues.slice(0, max).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return `${lines.join('; ')}${more}`;
}

/** The record a draft becomes, given what History already holds under its id. */
export function buildRecord(
  draft: HistoryDraft<Blob | string>,
  existing: HistoryRecord | undefined,
  now: number,
): HistoryRecord<Blob | string> {
  const renamed = existing?.titleEdited === true;
  return {
    v: RECORD_VERSION,
    id: draft.id,
    kind: draft.kind,
    title: renamed ? existing.title : deriveTitle(draft),
    titleEdited: renamed,
    createdAt: existing?.createdAt ?? now,
    updatedAt: Math.max(now, existing?.updatedAt ?? 0),
    models: recordModels(draft),
    system: draft.system,
    settings: draft.settings,
    threads: draft.threads,
    ...(draft.rows ? { rows: draft.rows } : {}),
    totals: recordTotals(draft),
  };
}

/**
 * What the workbench hands over is typed and built by our own code, so saving checks only what types
 * cannot: the id and the trees' shape. The full zod schema (a large chunk, ~60 ms to evaluate on a slow
 * machine at the end of an answer) checks records where they come from outside the code: when one is
 * opened (IndexedDB is shared with older versions and other tabs) and when a file is imported.
 */
function draftProblem(draft: HistoryDraft<Blob | string>): string | null {
  if (draft.id.length === 0 || draft.id.length > MAX_RECORD_ID_LENGTH)
    return `id: needs 1 to ${MAX_RECORD_ID_LENGTH} characters`;
  if (draft.threads.length > MAX_THREADS)
    return `threads: at most ${MAX_THREADS} (this one has ${draft.threads.length})`;
  for (const [i, thread] of draft.threads.entries()) {
    const problem = treeProblem(thread);
    if (problem) return `threads.${i}: ${problem}`;
  }
  return null;
}

/**
 * Saves a conversation under its id (a new one, or a newer state of one already kept). Nothing is
 * saved while "Keep history" is off, or before the conversation got an answer.
 */
export async function saveConversation(
  draft: HistoryDraft<Blob | string>,
  now: number = Date.now(),
): Promise<StorageResult<SaveOutcome>> {
  if (!worthKeeping(draft)) return ok({ saved: false, reason: 'no-answer' });
  const what = 'this conversation was not saved to History';
  return withDatabase(what, async (db): Promise<StorageResult<SaveOutcome>> => {
    const keep = await db.meta.get(KEEP_HISTORY);
    if (keep?.value === false) return ok({ saved: false, reason: 'history-off' });
    const problem = draftProblem(draft);
    if (problem) return fail('invalid', `${what}: ${problem}.`);
    const existing = await db.conversations.get(draft.id);
    const record = (await withBlobImages(buildRecord(draft, existing, now))) as HistoryRecord;
    await db.conversations.put(record);
    return ok({ saved: true, summary: toSummary(record) });
  }).then((result) => (result.ok ? result.value : result));
}

/** Every kept conversation, newest first. */
export function listHistory(): Promise<StorageResult<HistorySummary[]>> {
  return withDatabase('History could not be read', async (db) => {
    const records = await db.conversations.orderBy('updatedAt').reverse().toArray();
    return records.map(toSummary);
  });
}

/** The conversations where every word of `query` appears (title, system, any turn, any answer). */
export function searchHistory(query: string): Promise<StorageResult<HistorySummary[]>> {
  return withDatabase('History could not be searched', async (db) => {
    const records = await db.conversations
      .orderBy('updatedAt')
      .reverse()
      .filter((record) => recordMatches(record, query))
      .toArray();
    return records.map(toSummary);
  });
}

const missing = (id: string) =>
  fail<never>(
    'not-found',
    `This conversation is no longer in History (id ${id}); it may have been deleted in another tab.`,
  );

/** One record as stored (images as Blobs). */
export async function getConversation(id: string): Promise<StorageResult<HistoryRecord>> {
  const result = await withDatabase('the conversation could not be read from History', (db) =>
    db.conversations.get(id),
  );
  if (!result.ok) return result;
  return result.value ? ok(result.value) : missing(id);
}

/**
 * One record ready for the workbench, checked against the record schema (loaded now, not on the save
 * path; old settings versions come back migrated): uploaded images as data URLs again.
 */
export async function openConversation(id: string): Promise<StorageResult<HistoryRecord<string>>> {
  const [result, { storedRecordSchema }] = await Promise.all([
    getConversation(id),
    import('./record-schema'),
  ]);
  if (!result.ok) return result;
  const parsed = storedRecordSchema.safeParse(result.value);
  if (!parsed.success)
    return fail(
      'invalid',
      `This conversation in History cannot be opened: ${describeIssues(parsed.error.issues)}.`,
    );
  return ok(await withDataUrlImages(parsed.data as HistoryRecord));
}

export async function renameConversation(id: string, title: string): Promise<StorageResult<HistorySummary>> {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return fail('invalid', 'A conversation needs a title: type at least one character.');
  if (trimmed.length > MAX_TITLE_LENGTH)
    return fail(
      'invalid',
      `A title can be at most ${MAX_TITLE_LENGTH} characters (this one has ${trimmed.length}).`,
    );
  const result = await withDatabase('the conversation was not renamed', async (db) => {
    const record = await db.conversations.get(id);
    if (!record) return null;
    const renamed: HistoryRecord = { ...record, title: trimmed, titleEdited: true };
    await db.conversations.put(renamed);
    return toSummary(renamed);
  });
  if (!result.ok) return result;
  return result.value ? ok(result.value) : missing(id);
}

export function deleteConversation(id: string): Promise<StorageResult<void>> {
  return withDatabase('the conversation was not deleted', (db) => db.conversations.delete(id));
}

/**
 * History as a JSON file: one conversation or all of them, images as data URLs. Import validates the
 * whole file before anything is written and names what is wrong; a conversation already in History
 * (same id, same last change) is skipped, one with the same id but other content is kept as a copy.
 */
import { z } from 'zod';
import { fail, ok, type StorageResult, withDatabase } from './db';
import { withBlobImages, withDataUrlImages } from './images';
import { exportedRecordSchema, type HistoryRecord, RECORD_VERSION } from './record-schema';
import { describeIssues, getConversation } from './records';

export const HISTORY_FORMAT = 'groq-playground-history';
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof RECORD_VERSION;
  exportedAt: string;
  conversations: HistoryRecord<string>[];
}

const envelope = z.object({
  format: z.literal(HISTORY_FORMAT),
  version: z.int(),
  conversations: z.array(z.unknown()),
});

export async function historyFile(records: readonly HistoryRecord[], now = new Date()): Promise<string> {
  const file: HistoryFile = {
    format: HISTORY_FORMAT,
    version: RECORD_VERSION,
    exportedAt: now.toISOString(),
    conversations: await Promise.all(records.map(withDataUrlImages)),
  };
  return JSON.stringify(file, null, 2);
}

/** A file name for an export: `history-<title>.json`, or `history-all-<date>.json`. */
export function exportFileName(title: string | null, now = new Date()): string {
  if (title === null) return `history-all-${now.toISOString().slice(0, 10)}.json`;
  const slug = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `history-${slug || 'conversation'}.json`;
}

export async function exportConversation(id: string): Promise<StorageResult<string>> {
  const record = await getConversation(id);
  return record.ok ? ok(await historyFile([record.value])) : record;
}

export async function exportAllHistory(): Promise<StorageResult<string>> {
  const result = await withDatabase('History could not be read for the export', (db) =>
    db.conversations.orderBy('updatedAt').reverse().toArray(),
  );
  return result.ok ? ok(await historyFile(result.value)) : result;
}

/** A History file's conversations, validated (nothing written yet). */
export function parseHistoryFile(text: string): StorageResult<HistoryRecord<string>[]> {
  if (text.length > MAX_IMPORT_BYTES)
    return fail('invalid', `This file is too large to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(
      'invalid',
      `This file is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  const head = envelope.safeParse(data);
  if (!head.success)
    return fail(
      'invalid',
      `This is not a History export: expected "format": "${HISTORY_FORMAT}" with "conversations".`,
    );
  if (head.data.version > RECORD_VERSION)
    return fail(
      'invalid',
      `This History file is version ${head.data.version}, newer than this playground reads (${RECORD_VERSION}). Update the playground to import it.`,
    );
  const records: HistoryRecord<string>[] = [];
  for (const [index, item] of head.data.conversations.entries()) {
    const parsed = exportedRecordSchema.safeParse(item);
    if (!parsed.success) {
      const title = (item as { title?: unknown } | null)?.title;
      const name = typeof title === 'string' ? ` ("${title}")` : '';
      return fail(
        'invalid',
        `Conversation ${index + 1}${name} in this file is not valid, so nothing was imported: ${describeIssues(parsed.error.issues)}.`,
      );
    }
    records.push(parsed.data as HistoryRecord<string>);
  }
  return ok(records);
}

export interface ImportSummary {
  imported: number;
  /** Already in History (same id, same last change), or twice in the file. */
  skipped: number;
  /** Same id as a different conversation in History: imported under a new id. */
  copied: number;
  message: string;
}

function importMessage({ imported, skipped, copied }: Omit<ImportSummary, 'message'>): string {
  const parts = [`Imported ${imported} conversation${imported === 1 ? '' : 's'}`];
  if (copied > 0)
    parts.push(`${copied} as a copy because History has a different conversation with the same id`);
  if (skipped > 0) parts.push(`${skipped} skipped, already in History`);
  return `${parts.join('; ')}.`;
}

export async function importHistory(
  text: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<StorageResult<ImportSummary>> {
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) return parsed;
  const records = await Promise.all(parsed.value.map(withBlobImages));
  return withDatabase('the file was not imported into History', async (db) => {
    const counts = { imported: 0, skipped: 0, copied: 0 };
    const seen = new Set<string>();
    const writes: HistoryRecord[] = [];
    const existing = await db.conversations.bulkGet(records.map((r) => r.id));
    records.forEach((record, i) => {
      const held = existing[i];
      if (seen.has(record.id) || held?.updatedAt === record.updatedAt) {
        counts.skipped += 1;
        return;
      }
      seen.add(record.id);
      if (held) {
        counts.copied += 1;
        writes.push({ ...record, id: newId() });
      } else writes.push(record);
      counts.imported += 1;
    });
    // One transaction: a file is imported whole or not at all.
    await db.transaction('rw', db.conversations, () => db.conversations.bulkPut(writes));
    return { ...counts, message: importMessage(counts) };
  });
}

import { fail, ok, type StorageResult, withDatabase } from './db';
import { readExportFile } from './export-file';
import { withBlobImages, withDataUrlImages } from './images';
import { exportedRecordSchema, type HistoryRecord, RECORD_VERSION } from './record-schema';
import { getConversation } from './records';

export const HISTORY_FORMAT = 'groq-playground-history';
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof RECORD_VERSION;
  exportedAt: string;
  conversations: HistoryRecord<string>[];
}

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
  const records = readExportFile(text, {
    format: HISTORY_FORMAT,
    field: 'conversations',
    version: RECORD_VERSION,
    fileName: 'History',
    itemName: 'Conversation',
    labelField: 'title',
    item: exportedRecordSchema,
    newerHint: 'Update the playground to import it.',
  });
  return records.ok ? ok(records.value as HistoryRecord<string>[]) : records;
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

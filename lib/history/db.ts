/**
 * The browser database (IndexedDB through Dexie) of History and saved prompts. Every access goes
 * through `withDatabase`, which never throws: a full disk or a browser window that allows no storage
 * (private browsing, blocked site data) becomes a typed error with a sentence a person understands,
 * so the caller keeps working when saving fails.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { StoredPromptVersion } from './prompt-schema';
import type { HistoryRecord } from './record-schema';

export const DB_NAME = 'groq-playground';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export class PlaygroundDatabase extends Dexie {
  conversations!: Table<HistoryRecord, string>;
  prompts!: Table<StoredPromptVersion, [string, number]>;
  meta!: Table<MetaEntry, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Version 1. A later version adds `this.version(2).stores(…).upgrade(…)` below, never edits this.
    this.version(1).stores({
      // Newest first: `orderBy('updatedAt').reverse()`.
      conversations: 'id, updatedAt, kind',
      // One row per version; all of a prompt's versions by `name`.
      prompts: '[name+version], name, savedAt',
      meta: 'key',
    });
  }
}

export type StorageErrorKind = 'quota' | 'unavailable' | 'not-found' | 'invalid' | 'unknown';

export interface StorageError {
  kind: StorageErrorKind;
  message: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export const ok = <T>(value: T): StorageResult<T> => ({ ok: true, value });
export const fail = <T = never>(kind: StorageErrorKind, message: string): StorageResult<T> => ({
  ok: false,
  error: { kind, message },
});

const QUOTA = new Set(['QuotaExceededError']);
// MissingAPI: no IndexedDB at all; InvalidState / Security: Firefox and Safari private windows,
// blocked site data; OpenFailed / DatabaseClosed / Unknown: the browser refused or lost the database.
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'InvalidStateError',
  'SecurityError',
  'OpenFailedError',
  'DatabaseClosedError',
  'UnknownError',
  'VersionError',
]);

/** The error names in a Dexie error's chain (the DOMException is often its `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

function detail(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * The typed error for a failure while doing `what` ("this conversation was not saved"). Quota comes
 * first: a transaction aborted for lack of space reports an AbortError whose inner error is the quota.
 */
export function storageError(error: unknown, what: string): StorageError {
  const names = errorNames(error);
  if (names.some((n) => QUOTA.has(n))) {
    return {
      kind: 'quota',
      message: `Storage is full: ${what}. Delete or export old conversations and prompts to make room; what you are working on is still here.`,
    };
  }
  if (names.some((n) => UNAVAILABLE.has(n))) {
    return {
      kind: 'unavailable',
      message: `History can't be saved in this browser window: ${what}, because the browser allows no storage here (a private window, or site data is blocked). What you are working on is still here, but it is not kept after the window closes.`,
    };
  }
  return { kind: 'unknown', message: `The browser's storage failed: ${what} (${detail(error)}).` };
}

interface Connection {
  name: string;
  options?: DexieOptions;
}

let connection: Connection = { name: DB_NAME };
let database: PlaygroundDatabase | null = null;

/** Points History at another database (tests: a fresh name, or a broken IndexedDB). */
export function configureDatabase(next: Connection): void {
  database?.close();
  database = null;
  connection = next;
}

export function closeDatabase(): void {
  database?.close();
  database = null;
}

/** Runs `task` against the database; any failure becomes a StorageResult, never a throw. */
export async function withDatabase<T>(
  what: string,
  task: (db: PlaygroundDatabase) => Promise<T>,
): Promise<StorageResult<T>> {
  try {
    database ??= new PlaygroundDatabase(connection.name, connection.options);
    return ok(await task(database));
  } catch (error) {
    return { ok: false, error: storageError(error, what) };
  }
}

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, configureDatabase, storageError } from '@/lib/history/db';
import { listHistory, saveConversation, searchHistory, setKeepHistory } from '@/lib/history/records';
import { importHistory } from '@/lib/history/transfer';
import { chatDraft } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  closeDatabase();
});

/** An IndexedDB that refuses to open, as Firefox's and Safari's private windows do. */
function refusingIndexedDB(name: string) {
  return {
    open: () => {
      throw new DOMException('The operation is insecure.', name);
    },
  };
}

describe('a browser window that allows no storage', () => {
  it.each(['SecurityError', 'InvalidStateError'])(
    '(%s) saving resolves with the clear notice, never throws',
    async (name) => {
      configureDatabase({ name: `private-${name}`, options: { indexedDB: refusingIndexedDB(name) } });
      const result = await saveConversation(chatDraft('p', '', [['hi', 'hello']]));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.kind).toBe('unavailable');
      expect(!result.ok && result.error.message).toMatch(
        /^History can't be saved in this browser window: this conversation was not saved to History, because the browser allows no storage here/,
      );
      expect(await listHistory()).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
      expect(await setKeepHistory(false)).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    },
  );

  it('a browser without IndexedDB at all gets the same notice', async () => {
    configureDatabase({ name: 'no-idb', options: { indexedDB: undefined } });
    expect(await searchHistory('x')).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });
});

describe('a full disk', () => {
  it('saving resolves with "Storage is full: …" and the other conversations stay', async () => {
    configureDatabase({ name: 'quota' });
    await saveConversation(chatDraft('kept', '', [['kept', 'x']]), 1);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await saveConversation(chatDraft('new', '', [['new', 'x']]), 2);
    expect(!result.ok && result.error).toEqual({
      kind: 'quota',
      message:
        'Storage is full: this conversation was not saved to History. Delete or export old conversations and prompts to make room; what you are working on is still here.',
    });
    const imported = await importHistory(
      JSON.stringify({ format: 'groq-playground-history', version: 1, conversations: [] }),
    );
    expect(imported.ok).toBe(true);
    vi.restoreAllMocks();
    const list = await listHistory();
    expect(list.ok && list.value.map((s) => s.id)).toEqual(['kept']);
  });
});

describe('storageError', () => {
  it('finds the quota inside an aborted transaction (Dexie puts the DOMException in `inner`)', () => {
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(storageError(aborted, 'x').kind).toBe('quota');
  });

  it('an unknown failure keeps its detail', () => {
    expect(storageError(new TypeError('boom'), 'the prompt was not saved')).toEqual({
      kind: 'unknown',
      message: "The browser's storage failed: the prompt was not saved (boom).",
    });
  });
});

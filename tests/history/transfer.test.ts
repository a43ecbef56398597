import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendTurn } from '@/lib/history/branches';
import { closeDatabase, configureDatabase } from '@/lib/history/db';
import { getConversation, listHistory, saveConversation } from '@/lib/history/records';
import {
  exportAllHistory,
  exportConversation,
  exportFileName,
  HISTORY_FORMAT,
  importHistory,
  parseHistoryFile,
} from '@/lib/history/transfer';
import { answerTurn, chatDraft, PNG_DATA_URL, userTurn } from './fixtures';

let n = 0;
const useFreshDatabase = () => {
  n += 1;
  configureDatabase({ name: `transfer-test-${n}` });
};
beforeEach(useFreshDatabase);
afterEach(closeDatabase);

async function exported(id?: string): Promise<string> {
  const result = id ? await exportConversation(id) : await exportAllHistory();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('export', () => {
  it('writes a versioned file with images as data URLs', async () => {
    const draft = chatDraft('e1', 'sys', [['hello', 'hi']]);
    const tree = appendTurn(
      appendTurn(draft.threads[0]!, userTurn('e1-u', 'pic', [PNG_DATA_URL])),
      answerTurn('e1-a', 'nice'),
    );
    await saveConversation({ ...draft, threads: [tree] });
    const file = JSON.parse(await exported('e1'));
    expect(file).toMatchObject({ format: HISTORY_FORMAT, version: 1 });
    expect(file.conversations).toHaveLength(1);
    expect(file.conversations[0].threads[0].nodes['e1-u'].turn.images).toEqual([PNG_DATA_URL]);
  });

  it('exports all conversations newest first, and names files after them', async () => {
    await saveConversation(chatDraft('old', '', [['old one', 'x']]), 1);
    await saveConversation(chatDraft('new', '', [['new one', 'x']]), 2);
    const file = JSON.parse(await exported());
    expect(file.conversations.map((c: { id: string }) => c.id)).toEqual(['new', 'old']);
    expect(exportFileName('Weather in Paris?')).toBe('history-weather-in-paris.json');
    expect(exportFileName(null, new Date('2026-12-07T10:00:00Z'))).toBe('history-all-2026-12-07.json');
  });

  it('a missing conversation is a not-found error, not an empty file', async () => {
    expect(await exportConversation('nope')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('import', () => {
  it('round-trips: an exported file imported into an empty History gives the same records, images as Blobs', async () => {
    const draft = chatDraft('rt', 'system text', [['question', 'answer']]);
    const tree = appendTurn(
      appendTurn(draft.threads[0]!, userTurn('rt-u', 'pic', [PNG_DATA_URL])),
      answerTurn('rt-a', 'ok'),
    );
    await saveConversation({ ...draft, threads: [tree] }, 5);
    const before = await getConversation('rt');
    const file = await exported();
    useFreshDatabase();
    expect(await importHistory(file)).toMatchObject({
      ok: true,
      value: { imported: 1, skipped: 0, copied: 0 },
    });
    const after = await getConversation('rt');
    expect(after.ok && after.value.threads[0]!.nodes['rt-u']!.turn.images?.[0]).toBeInstanceOf(Blob);
    const withoutImages = (r: typeof after) => (r.ok ? { ...r.value, threads: [] } : null);
    expect(withoutImages(after)).toEqual(withoutImages(before));
  });

  it('skips conversations already in History and keeps a changed one with the same id as a copy', async () => {
    await saveConversation(chatDraft('dup', '', [['same', 'x']]), 10);
    const file = await exported();
    const again = await importHistory(file);
    expect(again).toMatchObject({ ok: true, value: { imported: 0, skipped: 1, copied: 0 } });
    expect(again.ok && again.value.message).toBe('Imported 0 conversations; 1 skipped, already in History.');
    await saveConversation(
      chatDraft('dup', '', [
        ['same', 'x'],
        ['changed', 'y'],
      ]),
      20,
    );
    const copy = await importHistory(file, () => 'dup-copy');
    expect(copy).toMatchObject({ ok: true, value: { imported: 1, copied: 1 } });
    const list = await listHistory();
    expect(list.ok && list.value.map((s) => s.id).sort()).toEqual(['dup', 'dup-copy']);
  });

  it('a file with the same conversation twice imports it once', async () => {
    await saveConversation(chatDraft('twice', '', [['x', 'y']]));
    const file = JSON.parse(await exported());
    file.conversations.push(file.conversations[0]);
    useFreshDatabase();
    expect(await importHistory(JSON.stringify(file))).toMatchObject({
      ok: true,
      value: { imported: 1, skipped: 1 },
    });
  });

  it('names what is wrong and imports nothing from a file with one bad conversation', async () => {
    await saveConversation(chatDraft('good', '', [['fine', 'x']]), 1);
    await saveConversation(chatDraft('bad', '', [['broken', 'x']]), 2);
    const file = JSON.parse(await exported());
    file.conversations[0].threads[0].nodes['bad-u0'].turn.role = 'wizard';
    useFreshDatabase();
    const result = await importHistory(JSON.stringify(file));
    expect(!result.ok && result.error.message).toMatch(
      /^Conversation 1 \("broken"\) in this file is not valid, so nothing was imported: threads\.0\.nodes\.bad-u0\.turn\.role: /,
    );
    expect(await listHistory()).toEqual({ ok: true, value: [] });
  });

  it('explains a file that is not JSON, not a History export, or from a newer version', () => {
    expect(parseHistoryFile('{nope')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^This file is not JSON/) },
    });
    expect(parseHistoryFile('{"conversations": []}')).toMatchObject({
      ok: false,
      error: {
        message: `This is not a History export: expected "format": "${HISTORY_FORMAT}" with "conversations".`,
      },
    });
    expect(
      parseHistoryFile(JSON.stringify({ format: HISTORY_FORMAT, version: 9, conversations: [] })),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/version 9, newer than this playground reads \(1\)/) },
    });
  });

  it('refuses a turn tree whose links are broken', async () => {
    await saveConversation(chatDraft('t', '', [['x', 'y']]));
    const file = JSON.parse(await exported());
    file.conversations[0].threads[0].roots = ['t-a0'];
    const result = parseHistoryFile(JSON.stringify(file));
    expect(!result.ok && result.error.message).toMatch(/threads\.0: turn t-a0 names the wrong parent/);
  });

  it('reads settings of an older share version and brings them forward', async () => {
    await saveConversation(chatDraft('old-settings', '', [['x', 'y']]));
    const file = JSON.parse(await exported());
    const {
      responseFormat,
      jsonSchema,
      jsonSchemaStrict,
      reasoningEffort,
      includeReasoning,
      serviceTier,
      ...rest
    } = file.conversations[0].settings.parameters;
    file.conversations[0].settings = {
      v: 2,
      model: 'llama-3.3-70b-versatile',
      parameters: { ...rest, reasoningFormat: 'parsed', jsonMode: true },
      tools: [],
      toolChoice: 'auto',
      parallelToolCalls: true,
    };
    const result = parseHistoryFile(JSON.stringify(file));
    expect(result.ok && result.value[0]!.settings).toMatchObject({
      v: 6,
      parameters: { responseFormat: 'json_object' },
    });
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, configureDatabase } from '@/lib/history/db';
import { diffSummary, wordChanges } from '@/lib/history/diff-summary';
import type { PromptContent } from '@/lib/history/prompt-schema';
import {
  exportPrompts,
  importPrompts,
  parsePromptsFile,
  promptShareState,
} from '@/lib/history/prompt-transfer';
import {
  deletePrompt,
  deletePromptVersion,
  getPromptVersion,
  listPrompts,
  savePrompt,
} from '@/lib/history/prompts';
import { decodeShareState, encodeShareState } from '@/lib/share/share-link';
import { settingsFor } from './fixtures';

let n = 0;
const freshDatabase = () => {
  n += 1;
  configureDatabase({ name: `prompts-test-${n}` });
};
beforeEach(freshDatabase);
afterEach(closeDatabase);

function content(system: string, patch: Partial<PromptContent> = {}): PromptContent {
  const { v: _v, model, compare: _c, variables: _vars, ...settings } = settingsFor();
  return { system, messageTemplate: 'Tell me about {{city}}.', model, settings, ...patch } as PromptContent;
}

async function versions(name: string) {
  const list = await listPrompts();
  if (!list.ok) throw new Error(list.error.message);
  return list.value.find((p) => p.name === name)?.versions;
}

describe('saving prompts with versions', () => {
  it('saving under a new name makes version 1, again under the same name version 2', async () => {
    expect(await savePrompt('Travel guide', content('You are a guide.'), 100)).toEqual({
      ok: true,
      value: {
        outcome: 'created',
        name: 'Travel guide',
        version: 1,
        message: 'Saved "Travel guide" as version 1.',
      },
    });
    expect(
      await savePrompt('  Travel   guide ', content('You are a concise travel guide.'), 200),
    ).toMatchObject({
      ok: true,
      value: { outcome: 'added-version', version: 2, message: 'Saved "Travel guide" as version 2.' },
    });
    expect(await versions('Travel guide')).toEqual([
      { version: 1, label: 'version 1', savedAt: 100, changes: 'First version' },
      { version: 2, label: 'version 2', savedAt: 200, changes: 'System: +2 words' },
    ]);
    const first = await getPromptVersion('Travel guide', 1);
    expect(first.ok && first.value.content.system).toBe('You are a guide.');
  });

  it('identical content adds no version, and says so', async () => {
    await savePrompt('p', content('same'));
    expect(await savePrompt('p', content('same'))).toEqual({
      ok: true,
      value: {
        outcome: 'unchanged',
        name: 'p',
        version: 1,
        message: '"p" version 1 already has this content, so no new version was saved.',
      },
    });
    expect(await versions('p')).toHaveLength(1);
  });

  it('an empty name is refused with the sentence the dialog shows', async () => {
    expect(await savePrompt('   ', content('x'))).toEqual({
      ok: false,
      error: { kind: 'invalid', message: 'A prompt needs a name: type one in "Prompt name".' },
    });
  });

  it('invalid settings are refused, naming the field', async () => {
    const bad = content('x');
    bad.settings = { ...bad.settings, parameters: { ...bad.settings.parameters, topP: 7 } };
    const result = await savePrompt('bad', bad);
    expect(!result.ok && result.error.message).toMatch(
      /^The prompt was not saved: settings\.parameters\.topP: /,
    );
  });

  it('lists prompts newest change first; deletes a version or a whole prompt', async () => {
    await savePrompt('older', content('a'), 1);
    await savePrompt('newer', content('b'), 2);
    await savePrompt('newer', content('b c'), 3);
    let list = await listPrompts();
    expect(list.ok && list.value.map((p) => p.name)).toEqual(['newer', 'older']);
    await deletePromptVersion('newer', 1);
    expect((await versions('newer'))?.map((v) => v.label)).toEqual(['version 2']);
    expect(await savePrompt('newer', content('b c d'), 4)).toMatchObject({ ok: true, value: { version: 3 } });
    expect(await deletePrompt('newer')).toEqual({ ok: true, value: 2 });
    list = await listPrompts();
    expect(list.ok && list.value.map((p) => p.name)).toEqual(['older']);
    expect(await getPromptVersion('newer', 3)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('diff summary', () => {
  it('counts added and removed words per field, names changed settings and the model', () => {
    const before = content('You are a helpful assistant.');
    const after = content('You are a very helpful pirate.', {
      model: 'openai/gpt-oss-120b',
      messageTemplate: 'Tell me about {{city}}.',
    });
    after.settings = { ...after.settings, parameters: { ...after.settings.parameters, temperature: 0.2 } };
    expect(diffSummary(before, after)).toBe(
      'System: +2 words −1 word; Model: llama-3.3-70b-versatile → openai/gpt-oss-120b; Settings: Temperature',
    );
    expect(wordChanges('a b', 'a  b')).toBe('spacing');
    expect(wordChanges('one', 'one two')).toBe('+1 word');
    expect(diffSummary(before, before)).toBe('No changes');
  });
});

describe('export, import and share', () => {
  it('round-trips into an empty database; importing again skips what is already saved', async () => {
    await savePrompt('guide', content('v1'), 1);
    await savePrompt('guide', content('v2'), 2);
    const file = await exportPrompts();
    if (!file.ok) throw new Error(file.error.message);
    freshDatabase();
    expect(await importPrompts(file.value)).toMatchObject({ ok: true, value: { added: 2, skipped: 0 } });
    expect((await versions('guide'))?.map((v) => [v.label, v.changes])).toEqual([
      ['version 1', 'First version'],
      ['version 2', 'System: +1 word −1 word'],
    ]);
    expect(await importPrompts(file.value)).toEqual({
      ok: true,
      value: { added: 0, skipped: 2, message: 'Imported 0 prompt versions; 2 skipped, already saved.' },
    });
  });

  it('a version with the same name but other content is added after the existing versions', async () => {
    await savePrompt('guide', content('from file'), 1);
    const file = await exportPrompts('guide');
    if (!file.ok) throw new Error(file.error.message);
    freshDatabase();
    await savePrompt('guide', content('local'), 5);
    expect(await importPrompts(file.value)).toMatchObject({ ok: true, value: { added: 1 } });
    const imported = await getPromptVersion('guide', 2);
    expect(imported.ok && imported.value.content.system).toBe('from file');
  });

  it('names the broken version and imports nothing', async () => {
    const bad = JSON.stringify({
      format: 'groq-playground-prompts',
      version: 1,
      prompts: [{ name: 'x', version: 1, savedAt: 1, content: { system: 1 } }],
    });
    const result = await importPrompts(bad);
    expect(!result.ok && result.error.message).toMatch(
      /^Prompt version 1 \("x"\) in this file is not valid, so nothing was imported: content\.system: /,
    );
    expect(parsePromptsFile('[]')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not a prompts export/) },
    });
    expect(await exportPrompts('missing')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('one version becomes a share state that lib/share encodes and decodes to the same prompt', () => {
    const shared = promptShareState(content('Be a pirate.'));
    if (!shared.ok) throw new Error(shared.message);
    const payload = encodeShareState(shared.state).slice(2);
    const decoded = decodeShareState(payload);
    expect(decoded.ok && decoded.state).toMatchObject({
      system: 'Be a pirate.',
      model: 'llama-3.3-70b-versatile',
      messages: [{ role: 'user', content: 'Tell me about {{city}}.' }],
    });
    expect(promptShareState(content('x', { model: '' }))).toEqual({
      ok: false,
      message: 'This prompt version has no model, so it cannot be shared as a link.',
    });
  });
});

import { type ShareState, shareStateV6 } from '../share/share-schema';
import { fail, ok, type StorageResult, withDatabase } from './db';
import { sameContent } from './diff-summary';
import { readExportFile } from './export-file';
import { type PromptContent, type StoredPromptVersion, storedPromptVersion } from './prompt-schema';
import { allPromptVersions } from './prompts';
import { describeIssues } from './records';

export const PROMPTS_FORMAT = 'groq-playground-prompts';
export const PROMPTS_FILE_VERSION = 1;

/** All prompts, or one prompt's versions, as a file. */
export async function exportPrompts(name?: string, now = new Date()): Promise<StorageResult<string>> {
  const versions = await allPromptVersions(name);
  if (!versions.ok) return versions;
  if (name !== undefined && versions.value.length === 0)
    return fail('not-found', `There is no saved prompt named "${name}".`);
  return ok(
    JSON.stringify(
      {
        format: PROMPTS_FORMAT,
        version: PROMPTS_FILE_VERSION,
        exportedAt: now.toISOString(),
        prompts: versions.value,
      },
      null,
      2,
    ),
  );
}

export function parsePromptsFile(text: string): StorageResult<StoredPromptVersion[]> {
  return readExportFile(text, {
    format: PROMPTS_FORMAT,
    field: 'prompts',
    version: PROMPTS_FILE_VERSION,
    fileName: 'prompts',
    itemName: 'Prompt version',
    labelField: 'name',
    item: storedPromptVersion,
  });
}

export interface PromptImportSummary {
  added: number;
  skipped: number;
  message: string;
}

export async function importPrompts(text: string): Promise<StorageResult<PromptImportSummary>> {
  const parsed = parsePromptsFile(text);
  if (!parsed.ok) return parsed;
  const incoming = [...parsed.value].sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
  return withDatabase('the prompts file was not imported', (db) =>
    db.transaction('rw', db.prompts, async () => {
      let added = 0;
      let skipped = 0;
      const held = new Map<string, StoredPromptVersion[]>();
      for (const version of incoming) {
        if (!held.has(version.name))
          held.set(version.name, await db.prompts.where('name').equals(version.name).sortBy('version'));
        const existing = held.get(version.name) as StoredPromptVersion[];
        if (existing.some((v) => sameContent(v.content, version.content))) {
          skipped += 1;
          continue;
        }
        const next = { ...version, version: (existing.at(-1)?.version ?? 0) + 1 };
        await db.prompts.add(next);
        existing.push(next);
        added += 1;
      }
      const message = `Imported ${added} prompt version${added === 1 ? '' : 's'}${
        skipped > 0 ? `; ${skipped} skipped, already saved` : ''
      }.`;
      return { added, skipped, message };
    }),
  );
}

export type PromptShareResult = { ok: true; state: ShareState } | { ok: false; message: string };

/**
 * One prompt version as a share state: its system prompt, its message template as the one user
 * turn, its model and settings. `shareUrl(location.href, state)` makes the link.
 */
export function promptShareState(content: PromptContent): PromptShareResult {
  if (content.model === '')
    return { ok: false, message: 'This prompt version has no model, so it cannot be shared as a link.' };
  const state = {
    v: 6,
    model: content.model,
    system: content.system,
    messages: content.messageTemplate === '' ? [] : [{ role: 'user', content: content.messageTemplate }],
    ...content.settings,
  };
  const parsed = shareStateV6.safeParse(state);
  return parsed.success
    ? { ok: true, state: parsed.data }
    : { ok: false, message: `This prompt cannot be shared: ${describeIssues(parsed.error.issues)}.` };
}

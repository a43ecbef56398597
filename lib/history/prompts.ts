/**
 * Saved prompts with versions, in the playground's IndexedDB: saving under a new name makes
 * version 1, saving again under the same name adds version n+1 (unless nothing changed). Every
 * function resolves to a StorageResult, like History's.
 */
import { fail, ok, type PlaygroundDatabase, type StorageResult, withDatabase } from './db';
import { diffSummary, sameContent } from './diff-summary';
import {
  type PromptContent,
  type PromptSummary,
  promptContent,
  promptName,
  type StoredPromptVersion,
} from './prompt-schema';
import { describeIssues } from './records';

export type SaveOutcome = 'created' | 'added-version' | 'unchanged';

export interface SavedPrompt {
  outcome: SaveOutcome;
  name: string;
  version: number;
  message: string;
}

/** The name as it is kept (spaces collapsed), or the sentence that says why it cannot be one. */
export function checkPromptName(name: string): StorageResult<string> {
  const parsed = promptName.safeParse(name);
  return parsed.success
    ? ok(parsed.data)
    : fail('invalid', parsed.error.issues[0]?.message ?? 'Invalid name.');
}

export function versionLabel(version: number): string {
  return `version ${version}`;
}

async function versionsOf(db: PlaygroundDatabase, name: string): Promise<StoredPromptVersion[]> {
  return db.prompts.where('name').equals(name).sortBy('version');
}

/** Saves `content` under `name`: a new prompt, a new version, or nothing when it is unchanged. */
export async function savePrompt(
  name: string,
  content: PromptContent,
  now: number = Date.now(),
): Promise<StorageResult<SavedPrompt>> {
  const checked = checkPromptName(name);
  if (!checked.ok) return checked;
  const parsed = promptContent.safeParse(content);
  if (!parsed.success)
    return fail('invalid', `The prompt was not saved: ${describeIssues(parsed.error.issues)}.`);
  const clean = checked.value;
  return withDatabase(`the prompt "${clean}" was not saved`, (db) =>
    db.transaction('rw', db.prompts, async (): Promise<SavedPrompt> => {
      const latest = (await versionsOf(db, clean)).at(-1);
      if (latest && sameContent(latest.content, parsed.data)) {
        return {
          outcome: 'unchanged',
          name: clean,
          version: latest.version,
          message: `"${clean}" ${versionLabel(latest.version)} already has this content, so no new version was saved.`,
        };
      }
      const version = (latest?.version ?? 0) + 1;
      await db.prompts.add({ name: clean, version, savedAt: now, content: parsed.data });
      return {
        outcome: latest ? 'added-version' : 'created',
        name: clean,
        version,
        message: `Saved "${clean}" as ${versionLabel(version)}.`,
      };
    }),
  );
}

/** Every prompt (newest change first) with its versions (oldest first) and what each changed. */
export function listPrompts(): Promise<StorageResult<PromptSummary[]>> {
  return withDatabase('the saved prompts could not be read', async (db) => {
    const rows = await db.prompts.orderBy('[name+version]').toArray();
    const byName = new Map<string, StoredPromptVersion[]>();
    for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
    const prompts = [...byName.entries()].map(([name, versions]) => ({
      name,
      updatedAt: Math.max(...versions.map((v) => v.savedAt)),
      versions: versions.map((v, i) => ({
        version: v.version,
        label: versionLabel(v.version),
        savedAt: v.savedAt,
        changes: diffSummary(versions[i - 1]?.content ?? null, v.content),
      })),
    }));
    return prompts.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
  });
}

export async function getPromptVersion(
  name: string,
  version: number,
): Promise<StorageResult<StoredPromptVersion>> {
  const result = await withDatabase(`"${name}" could not be read`, (db) => db.prompts.get([name, version]));
  if (!result.ok) return result;
  return result.value
    ? ok(result.value)
    : fail(
        'not-found',
        `"${name}" ${versionLabel(version)} is no longer saved; it may have been deleted in another tab.`,
      );
}

/** Deletes a prompt with all its versions. */
export function deletePrompt(name: string): Promise<StorageResult<number>> {
  return withDatabase(`"${name}" was not deleted`, (db) => db.prompts.where('name').equals(name).delete());
}

/** Deletes one version; the others keep their numbers. */
export function deletePromptVersion(name: string, version: number): Promise<StorageResult<void>> {
  return withDatabase(`"${name}" ${versionLabel(version)} was not deleted`, (db) =>
    db.prompts.delete([name, version]),
  );
}

/** Every stored version (for an export), by name then version. */
export function allPromptVersions(name?: string): Promise<StorageResult<StoredPromptVersion[]>> {
  return withDatabase('the saved prompts could not be read', (db) =>
    name === undefined ? db.prompts.orderBy('[name+version]').toArray() : versionsOf(db, name),
  );
}

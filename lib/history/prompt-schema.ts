/**
 * A saved prompt version: the system prompt, the message template with its `{{variables}}`, the
 * model and its settings (the share link's parameters, tools and grounding, so a version opens and
 * shares like a link). Stored one row per version in IndexedDB, keyed by name and version.
 */
import { z } from 'zod';
import { shareStateV6 } from '../share/share-schema';
import { EMPTY_PROMPT_NAME, LONG_PROMPT_NAME, MAX_PROMPT_NAME, normalizePromptName } from './prompt-name';

export const promptSettings = shareStateV6
  .pick({ parameters: true, tools: true, toolChoice: true, parallelToolCalls: true, grounding: true })
  .strict();

export const promptContent = z.strictObject({
  system: z.string().max(500_000),
  messageTemplate: z.string().max(500_000),
  /** '' when no model was chosen yet. */
  model: z.string().max(200),
  settings: promptSettings,
});

export const promptName = z
  .string()
  .transform(normalizePromptName)
  .pipe(z.string().min(1, EMPTY_PROMPT_NAME).max(MAX_PROMPT_NAME, LONG_PROMPT_NAME));

export const storedPromptVersion = z.strictObject({
  name: promptName,
  version: z.int().min(1),
  savedAt: z.int().nonnegative(),
  content: promptContent,
});

export type PromptSettings = z.output<typeof promptSettings>;
export type PromptContent = z.output<typeof promptContent>;
export type StoredPromptVersion = z.output<typeof storedPromptVersion>;

export interface PromptVersionSummary {
  version: number;
  /** "version 1", as the Prompts panel shows it. */
  label: string;
  savedAt: number;
  /** One line against the version before: "System: +12 words −3 words". */
  changes: string;
}

export interface PromptSummary {
  name: string;
  /** When its newest version was saved (the list is newest first). */
  updatedAt: number;
  versions: PromptVersionSummary[];
}

/**
 * Between the store and saved prompts (lib/history/prompts): a prompt version of the workbench and the
 * store state one opens to. Apart from history-draft.ts because prompts validate with zod, and saving
 * a conversation at the end of every answer should not load it.
 */
import type { PromptContent } from '../history/prompt-schema';
import { savePrompt } from '../history/prompts';
import { sharedPlayground } from '../share/apply';
import { snapshotForShare } from '../share/from-store';
import type { ShareState } from '../share/share-schema';
import type { PlaygroundState } from './playground-types';

/** A prompt version of the workbench now: System, the composer's text as the template, pane 1's model. */
export function promptContentOf(s: PlaygroundState): PromptContent {
  const { parameters, tools, toolChoice, parallelToolCalls, grounding, model } = snapshotForShare(
    s,
    [],
  ).state;
  return {
    system: s.system,
    messageTemplate: s.draft,
    model,
    settings: { parameters, tools, toolChoice, parallelToolCalls, grounding },
  };
}

export async function savePromptOf(
  s: PlaygroundState,
  name: string,
): Promise<{ ok: boolean; message: string }> {
  const result = await savePrompt(name, promptContentOf(s));
  return result.ok
    ? { ok: true, message: result.value.message }
    : { ok: false, message: result.error.message };
}

/** The store state a prompt version opens to: its settings and System, its template in the composer. */
export function promptPlayground(content: PromptContent): Partial<PlaygroundState> {
  const state: ShareState = {
    v: 6,
    model: content.model,
    system: content.system,
    messages: [],
    ...content.settings,
  };
  return { ...sharedPlayground(state), draft: content.messageTemplate };
}

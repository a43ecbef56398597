/**
 * Saved state of versions 0–5 brought to version 6: the legacy keys (version 0), settings without
 * grounding, the flat conversation that became a turn tree. Loaded only when such a save is read.
 */
import { DEFAULT_GROUNDING, type GroundingSettings } from '../chat/grounding';
import type { ConversationMessage } from './conversation-slice';
import type { PersistedFeatures } from './persisted-features';
import type { PersistedChat, PersistedState } from './persisted-state';
import { DEFAULT_PARAMETERS, type PaneSettings, type Parameters } from './settings-slice';
import { treeFromFlat } from './turn-tree';

type Legacy = Record<string, unknown>;
const PARAMETER_KEYS = Object.keys(DEFAULT_PARAMETERS) as (keyof Parameters)[];

/** Built-in tools, documents and Citations from saved settings (settings v3, store v4), else defaults. */
function groundingOf(saved: Legacy): GroundingSettings {
  return {
    browserSearch: saved.browserSearch === true,
    codeExecution: saved.codeExecution === true,
    documents: Array.isArray(saved.documents) ? (saved.documents as GroundingSettings['documents']) : [],
    citations: saved.citations !== false,
  };
}

/**
 * Saved state of any version, brought to version 6 (the conversation as a one-branch tree). Version 0 is the two legacy keys read together
 * (`{ settings, settingsVersion, conversation }`): settings v1 had a JSON Mode switch (now Response
 * Format), v3 added grounding; store v3 lacked grounding. Before v5 the storage also hands over the
 * old feature keys as `legacyFeatures`. Fields an old version lacked get today's defaults.
 */
export function migratePlayground(persisted: unknown, version: number): PersistedState {
  if (version >= 6) return persisted as PersistedState;
  const { legacyFeatures, ...chat } = (persisted ?? {}) as Legacy;
  const flat = version === 5 ? (chat as unknown as PersistedChat) : migrateChat(chat, version);
  // Version 6: the flat conversation becomes a tree with one branch.
  const { messages, ...rest } = flat;
  return {
    ...rest,
    tree: treeFromFlat(messages ?? []),
    ...(legacyFeatures as Partial<PersistedFeatures> | undefined),
  };
}

function migrateChat(persisted: Legacy, version: number): PersistedChat {
  if (version === 4) return persisted as unknown as PersistedChat;
  if (version === 3) return { ...DEFAULT_GROUNDING, ...(persisted as unknown as PersistedChat) };
  const legacy = (persisted ?? {}) as Legacy;
  const settings = { ...((legacy.settings as Legacy | undefined) ?? {}) };
  const settingsVersion = typeof legacy.settingsVersion === 'number' ? legacy.settingsVersion : 2;
  if (settingsVersion < 2) {
    settings.responseFormat = settings.jsonMode === true ? 'json_object' : 'text';
    delete settings.jsonMode;
  }
  const pane: PaneSettings = {
    id: 'p1',
    model: typeof settings.model === 'string' ? settings.model : '',
    ...DEFAULT_PARAMETERS,
  };
  for (const key of PARAMETER_KEYS) {
    if (key in settings) Object.assign(pane, { [key]: settings[key] });
  }
  const conversation = (legacy.conversation as Legacy | undefined) ?? {};
  return {
    system: typeof settings.system === 'string' ? settings.system : '',
    tools: Array.isArray(settings.tools) ? (settings.tools as PersistedChat['tools']) : [],
    toolChoice: (settings.toolChoice as PersistedChat['toolChoice'] | undefined) ?? 'auto',
    parallelToolCalls: settings.parallelToolCalls !== false,
    ...(settingsVersion >= 3 ? groundingOf(settings) : { ...DEFAULT_GROUNDING, documents: [] }),
    panes: [pane],
    compare: false,
    syncChat: true,
    messages: Array.isArray(conversation.messages) ? (conversation.messages as ConversationMessage[]) : [],
    paneThreads: {},
    draft: typeof conversation.draft === 'string' ? conversation.draft : '',
  };
}

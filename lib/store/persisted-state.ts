/**
 * What survives a reload, and how saved state from older versions is brought forward. Versions 3–6
 * are the one playground store (`groq-playground:playground`; v4 added built-in tools, documents and
 * Citations; v5 took in the Dataset, Speech to Text and Text to Speech, see persisted-features.ts;
 * v6 keeps pane 1's conversation as its turn tree, every branch, under its History id);
 * before it, settings (v1–v3, v3 with that grounding) and the conversation (v1) were saved under their
 * own keys. Those are read once, when the new key is absent, so nothing a user saved is lost. Base64
 * images and streaming statuses are never written.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { DEFAULT_GROUNDING, type GroundingSettings } from '../chat/grounding';
import { visiblePath } from '../history/branches';
import { readMcpServerSettings } from '../mcp/settings';
import type { ChatMessage, ChatRequest } from '../schema/chat-request';
import type { ConversationMessage } from './conversation-slice';
import { withoutLargePngs } from './executed-tools';
import {
  mergeFeatures,
  type PersistedFeatures,
  partializeFeatures,
  takeLegacyFeatures,
} from './persisted-features';
import type { PlaygroundState } from './playground-types';
import { INLINE_IMAGE_PLACEHOLDER, isInlineImage, safeJSONStorage } from './safe-storage';
import { selectSharedSettings } from './selectors';
import {
  DEFAULT_PARAMETERS,
  type PaneSettings,
  type Parameters,
  type SharedSettings,
} from './settings-slice';
import { currentTree, readTree, type Tree, treeFromFlat } from './turn-tree';

export const STORE_KEY = 'groq-playground:playground';
export const STORE_VERSION = 6;
export const LEGACY_SETTINGS_KEY = 'groq-playground:settings';
export const LEGACY_CONVERSATION_KEY = 'groq-playground:conversation';

type PersistedChat = SharedSettings &
  Pick<PlaygroundState, 'panes' | 'compare' | 'syncChat' | 'messages' | 'paneThreads' | 'draft'> &
  // MCP servers without their headers (secrets stay in memory); optional: older saves lack them.
  Partial<Pick<PlaygroundState, 'mcpServers' | 'chatApi'>>;

/** Since version 6 pane 1's conversation is its turn tree (every branch), kept under its History id. */
export type PersistedTree = Pick<PlaygroundState, 'tree' | 'conversationId'>;

export type PersistedState = Omit<PersistedChat, 'messages'> &
  Partial<Pick<PersistedChat, 'messages'>> &
  Partial<PersistedTree> &
  Partial<PersistedFeatures>;

function stripInlineImagesFromRequest(request: ChatRequest): ChatRequest {
  const messages = request.messages.map((m): ChatMessage => {
    if (m.role !== 'user' || typeof m.content === 'string') return m;
    return {
      ...m,
      content: m.content.map((part) =>
        part.type === 'image_url' && isInlineImage(part.image_url.url)
          ? { ...part, image_url: { ...part.image_url, url: INLINE_IMAGE_PLACEHOLDER } }
          : part,
      ),
    };
  });
  return { ...request, messages };
}

/**
 * What survives a reload: no base64 images and no large PNG outputs of executed code (too big for
 * localStorage), no "streaming" status.
 */
export function toStoredMessage(message: ConversationMessage): ConversationMessage {
  let stored = message;
  if (stored.images?.some(isInlineImage)) {
    stored = {
      ...stored,
      images: stored.images.map((url) => (isInlineImage(url) ? INLINE_IMAGE_PLACEHOLDER : url)),
    };
  }
  if (stored.answer) {
    const status = stored.answer.status === 'streaming' ? 'stopped' : stored.answer.status;
    stored = {
      ...stored,
      answer: {
        ...stored.answer,
        status,
        request: stripInlineImagesFromRequest(stored.answer.request),
        ...(stored.answer.executedTools
          ? { executedTools: withoutLargePngs(stored.answer.executedTools).tools }
          : {}),
      },
    };
  }
  return stored;
}

function storedTree(tree: Tree): Tree {
  const nodes = Object.fromEntries(
    Object.entries(tree.nodes).map(([id, node]) => [id, { ...node, turn: toStoredMessage(node.turn) }]),
  );
  return { ...tree, nodes };
}

export function partializePlayground(s: PlaygroundState): PersistedState {
  return {
    ...selectSharedSettings(s),
    panes: s.panes,
    compare: s.compare,
    syncChat: s.syncChat,
    draft: s.draft,
    conversationId: s.conversationId,
    tree: storedTree(currentTree(s)),
    paneThreads: Object.fromEntries(
      Object.entries(s.paneThreads).map(([key, list]) => [key, list.map(toStoredMessage)]),
    ),
    ...partializeFeatures(s),
    mcpServers: s.mcpServers,
    chatApi: s.chatApi,
  };
}

/** Saved state over the defaults; the feature parts field by field. */
export function mergePlayground(persisted: unknown, current: PlaygroundState): PlaygroundState {
  const { messages, tree: savedTree, ...saved } = (persisted ?? {}) as PersistedState;
  const tree = readTree(savedTree, messages);
  return {
    ...current,
    ...saved,
    tree,
    messages: visiblePath(tree),
    conversationId: saved.conversationId ?? current.conversationId,
    ...mergeFeatures(saved, current),
    mcpServers: readMcpServerSettings(saved.mcpServers ?? current.mcpServers),
    chatApi: saved.chatApi === 'responses' ? 'responses' : 'chat',
  };
}

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

/**
 * The store's storage: the new key, or (first load after the upgrade) the legacy keys as version 0;
 * before version 5, with the old feature keys alongside.
 */
export function playgroundStorage(): PersistStorage<PersistedState> {
  const storage = safeJSONStorage<PersistedState>();
  const legacyStorage = safeJSONStorage<Legacy>();
  const withFeatures = (saved: StorageValue<Legacy>) =>
    ({
      ...saved,
      state: { ...saved.state, legacyFeatures: takeLegacyFeatures(legacyStorage) },
    }) as unknown as StorageValue<PersistedState>;
  return {
    ...storage,
    getItem: (name) => {
      const current = storage.getItem(name) as StorageValue<PersistedState> | null;
      if (current && (current.version ?? 0) >= STORE_VERSION) {
        const late = takeLegacyFeatures(legacyStorage);
        return { ...current, state: { ...current.state, ...late } };
      }
      if (current) return withFeatures(current as unknown as StorageValue<Legacy>);
      const settings = legacyStorage.getItem(LEGACY_SETTINGS_KEY) as StorageValue<Legacy> | null;
      const conversation = legacyStorage.getItem(LEGACY_CONVERSATION_KEY) as StorageValue<Legacy> | null;
      if (!settings && !conversation) {
        // Only a feature was ever used: its options come back, the chat keeps its defaults.
        const features = takeLegacyFeatures(legacyStorage);
        return Object.keys(features).length > 0
          ? { state: features as PersistedState, version: STORE_VERSION }
          : null;
      }
      const state = {
        settings: settings?.state ?? {},
        settingsVersion: settings?.version ?? 2,
        conversation: conversation?.state ?? {},
      };
      return withFeatures({ state, version: 0 });
    },
  };
}

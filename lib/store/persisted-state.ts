/**
 * What survives a reload, and how saved state from older versions is brought forward. Versions 3–6
 * are the one playground store (`groq-playground:playground`; v4 added built-in tools, documents and
 * Citations; v5 took in the Dataset, Speech to Text and Text to Speech, see persisted-features.ts;
 * v6 keeps pane 1's conversation as its turn tree, every branch, under its History id);
 * before it, settings (v1–v3, v3 with that grounding) and the conversation (v1) were saved under their
 * own keys. Those are read once, when the new key is absent, so nothing a user saved is lost. Base64
 * images and streaming statuses are never written. The migrations load only for an older save
 * (persisted-migrate.ts).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { visiblePath } from '../history/branches';
import { readMcpServerSettings } from '../mcp/settings';
import type { ChatMessage, ChatRequest } from '../schema/chat-request';
import type { ConversationMessage } from './conversation-slice';
import { withoutLargePngs } from './large-pngs';
import {
  mergeFeatures,
  type PersistedFeatures,
  partializeFeatures,
  takeLegacyFeatures,
} from './persisted-features';
import type { PlaygroundState } from './playground-types';
import { INLINE_IMAGE_PLACEHOLDER, isInlineImage, safeJSONStorage } from './safe-storage';
import { selectSharedSettings } from './selectors';
import type { SharedSettings } from './settings-slice';
import { currentTree, readTree, type Tree } from './turn-tree';

export const STORE_KEY = 'groq-playground:playground';
export const STORE_VERSION = 6;
export const LEGACY_SETTINGS_KEY = 'groq-playground:settings';
export const LEGACY_CONVERSATION_KEY = 'groq-playground:conversation';

export type PersistedChat = SharedSettings &
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

/**
 * Saved state of an older version, brought to this one: the code loads only for such a save
 * (persisted-migrate.ts), since zustand calls `migrate` only when the versions differ.
 */
export const migrateSaved = (persisted: unknown, version: number): Promise<PersistedState> =>
  import('./persisted-migrate').then((m) => m.migratePlayground(persisted, version));

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

/**
 * Between the store and History (lib/history): the record draft of the conversation on screen
 * (every branch, settings as a share state, answers settled) and the store state a record reopens to,
 * with its turn ids kept. Loaded on demand with Dexie; no zod here (saved prompts are lib/store/prompt-draft.ts).
 */
import { emptyTree, type TurnNode } from '../history/branches';
import type { HistoryDraft, HistoryRecord, Thread, Turn } from '../history/record-schema';
import { saveConversation } from '../history/records';
import { recordShareState, sharedMessage } from '../history/share-view';
import { sharedConversation, sharedPlayground } from '../share/apply';
import { snapshotForShare } from '../share/from-store';
import type { ConversationMessage } from './conversation-slice';
import { selectDatasetResults } from './dataset-slice';
import type { PlaygroundState } from './playground-types';
import { INLINE_IMAGE_PLACEHOLDER } from './safe-storage';
import { currentTree, type Tree, treeFromFlat } from './turn-tree';

const keptImage = (url: string) =>
  url !== INLINE_IMAGE_PLACEHOLDER && /^(data:image\/|https?:\/\/)/.test(url);

/** An answer cut off by Clear or a reload counts as stopped: History never holds a streaming one. */
function settled(message: ConversationMessage): ConversationMessage {
  return message.answer?.status === 'streaming'
    ? { ...message, answer: { ...message.answer, status: 'stopped' } }
    : message;
}

function toThread(s: PlaygroundState, tree: Tree): Thread<string> {
  const ids = Object.keys(tree.nodes);
  const turns = ids.map((id) => settled((tree.nodes[id] as TurnNode<ConversationMessage>).turn));
  const shared = snapshotForShare({ ...s, compare: false }, turns).state.messages;
  const nodes: Record<string, TurnNode<Turn<string>>> = {};
  ids.forEach((id, i) => {
    const node = tree.nodes[id] as TurnNode<ConversationMessage>;
    const { images: _linked, ...turn } = shared[i] as (typeof shared)[number];
    const images = (node.turn.images ?? []).filter(keptImage);
    nodes[id] = { ...node, turn: { ...turn, id, ...(images.length > 0 ? { images } : {}) } };
  });
  return { nodes, roots: tree.roots, selected: tree.selected };
}

/** What History keeps of the workbench now: pane 1's tree, and each Sync chat pane's own thread. */
export function historyDraft(s: PlaygroundState): HistoryDraft<string> {
  const {
    system: _system,
    messages: _messages,
    ...settings
  } = snapshotForShare({ ...s, paneThreads: {} }, [], s.dataset.values).state;
  const others =
    s.compare && s.syncChat ? s.panes.slice(1).map((p) => treeFromFlat(s.paneThreads[p.id] ?? [])) : [];
  return {
    id: s.conversationId,
    kind: s.compare ? 'compare' : 'chat',
    system: s.system,
    settings,
    threads: [currentTree(s), ...others].map((tree) => toThread(s, tree)),
  };
}

/** Saves the conversation; the notice to show when that failed, else null. */
export async function saveDraft(s: PlaygroundState): Promise<string | null> {
  try {
    const result = await saveConversation(historyDraft(s));
    return result.ok ? null : result.error.message;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `This conversation was not saved to History: ${reason}`;
  }
}

/** A record's tree as store turns: each answer gets back its request, rebuilt from its own branch. */
function storeTree(state: ReturnType<typeof recordShareState>, thread: Thread<string>): Tree {
  const nodes: Tree['nodes'] = {};
  for (const [id, node] of Object.entries(thread.nodes)) {
    const path: Turn<string>[] = [];
    for (let at: string | null = id; at !== null; at = thread.nodes[at]?.parentId ?? null) {
      const turn = thread.nodes[at]?.turn;
      if (turn) path.unshift(turn);
    }
    const converted = sharedConversation(state, path.map(sharedMessage)).at(-1) as ConversationMessage;
    nodes[id] = { ...node, turn: { ...converted, id } };
  }
  return { nodes, roots: thread.roots, selected: thread.selected };
}

/** The store state a History record opens to (its variables go to the Variables panel). */
export function recordPlayground(record: HistoryRecord<string>): {
  patch: Partial<PlaygroundState>;
  variables: Record<string, string>;
} {
  const state = recordShareState(record);
  const { messages: _visible, ...patch } = sharedPlayground(state);
  const first = record.threads[0];
  const tree = first ? storeTree(state, first) : (emptyTree() as Tree);
  return { patch: { ...patch, tree, conversationId: record.id }, variables: state.variables ?? {} };
}

/**
 * A finished Run all as its own History record: the settings, System, the message template (as the
 * thread's one user turn, which names the record) and every row's result.
 */
export async function saveDatasetRun(s: PlaygroundState, id: string): Promise<string | null> {
  const rows = selectDatasetResults(s).map(({ request: _request, ...row }) => row);
  const template = treeFromFlat(
    s.draft.trim() === '' ? [] : [{ id: 'template', role: 'user', content: s.draft }],
  );
  const draft: HistoryDraft<string> = {
    ...historyDraft(s),
    id,
    kind: 'dataset-run',
    threads: [toThread(s, template)],
    rows,
  };
  const result = await saveConversation(draft).catch((error: unknown) => ({
    ok: false as const,
    error: {
      message: `This run was not saved to History: ${error instanceof Error ? error.message : String(error)}`,
    },
  }));
  return result.ok ? null : result.error.message;
}

/**
 * A record's visible branches as a share state: what Share, View code and reopening a conversation
 * use (lib/share's `sharedPlayground` fills the store from it). Only the visible path of each thread
 * is in it, never another branch's turns.
 */
import type { ShareState } from '../share/share-schema';
import { visiblePath } from './branches';
import type { HistoryRecord, Thread, Turn } from './record-schema';

type SharedMessage = ShareState['messages'][number];

export function sharedMessage({ id: _id, images, answer, ...turn }: Turn<string>): SharedMessage {
  const { costUsd: _cost, ...shared } = answer ?? {};
  return {
    ...turn,
    ...(images?.length ? { images } : {}),
    ...(answer ? { answer: shared as NonNullable<SharedMessage['answer']> } : {}),
  };
}

const visibleMessages = (thread: Thread<string> | undefined) =>
  thread ? visiblePath(thread).map(sharedMessage) : [];

/**
 * The share state of a record with images as strings (`openConversation` gives that). Uploaded images
 * stay data URLs: fine for reopening; a link leaves them out (lib/share's snapshot does that).
 */
export function recordShareState(record: HistoryRecord<string>): ShareState {
  const { compare, ...settings } = record.settings;
  const [first, ...others] = record.threads;
  const state: ShareState = { ...settings, system: record.system, messages: visibleMessages(first) };
  if (!compare) return state;
  return {
    ...state,
    compare: {
      syncChat: compare.syncChat,
      // Sync chat on: each pane has its own thread; off, they share pane 1's (no thread of their own).
      panes: compare.panes.map(({ messages: _saved, ...pane }, i) => {
        const thread = others[i];
        return thread ? { ...pane, messages: visibleMessages(thread) } : pane;
      }),
    },
  };
}

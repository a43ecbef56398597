import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PlaygroundErrorBody } from '../errors';
import type { ChatMessage, ChatRequest, ToolCall } from '../schema/chat-request';
import type {
  Annotation,
  ExecutedTool,
  GuardEventData,
  RateLimitHeaders,
  UsageEventData,
} from '../stream/events';
import { withoutLargePngs } from './executed-tools';
import { INLINE_IMAGE_PLACEHOLDER, isInlineImage, safeJSONStorage } from './safe-storage';

export type Role = 'user' | 'assistant' | 'tool';
export type AnswerStatus = 'streaming' | 'done' | 'stopped' | 'error';

/** What the playground knows about one generated answer (stats, errors, the exact request). */
export interface AnswerMeta {
  status: AnswerStatus;
  model: string;
  sentAt: number;
  startedAt?: number;
  firstTokenAt?: number;
  finishedAt?: number;
  requestId?: string | null;
  completionId?: string | null;
  finishReason?: string | null;
  /** The tier Groq served the answer on (`service_tier` of the response). */
  serviceTier?: string | null;
  usage?: UsageEventData;
  rateLimit?: RateLimitHeaders;
  error?: PlaygroundErrorBody;
  /** Llama Guard verdicts for this answer (input, then output). */
  guard?: GuardEventData[];
  /** Model reasoning (parsed format), shown in a collapsed Thinking section. */
  reasoning?: string;
  /** Server-side tools the model ran (browser search, code execution), in order. */
  executedTools?: ExecutedTool[];
  /** Citations into the answer text (document or function citations). */
  annotations?: Annotation[];
  /** Prefilled text this answer continues (the turn's content starts with it). */
  prefill?: string;
  request: ChatRequest;
}

export interface ConversationMessage {
  id: string;
  role: Role;
  content: string;
  /** Image URLs (http(s) or base64 data URLs) attached to a user turn. */
  images?: string[];
  /** Functions the model asked to call (an assistant turn). */
  toolCalls?: ToolCall[];
  /** For a tool turn: which call this is the result of. */
  toolCallId?: string;
  toolName?: string;
  answer?: AnswerMeta;
}

export interface ConversationState {
  messages: ConversationMessage[];
  draft: string;
  /** Text of the composer's Image URL field, attached on Submit. */
  draftImageUrl: string;
  /** Images already attached to the next user turn (uploads as data URLs, or URLs). */
  draftImages: string[];
  setDraft: (draft: string) => void;
  setDraftImageUrl: (url: string) => void;
  addDraftImage: (url: string) => void;
  removeDraftImage: (index: number) => void;
  addMessage: (role: Role, content?: string, images?: string[]) => string;
  updateContent: (id: string, content: string) => void;
  appendContent: (id: string, text: string) => void;
  setRole: (id: string, role: Role) => void;
  removeMessage: (id: string) => void;
  moveMessage: (id: string, offset: -1 | 1) => void;
  startAnswer: (answer: AnswerMeta) => string;
  /** Turns an existing assistant turn into an answer in progress (prefill: the model continues it). */
  continueAnswer: (id: string, answer: AnswerMeta) => void;
  /** Puts a prefilled turn back to its prefix, forgetting the generated continuation. */
  resetToPrefill: (id: string) => void;
  setToolCalls: (id: string, toolCalls: ToolCall[]) => void;
  /** Adds an empty result turn for each call, for the user to fill in. */
  addToolResultTurns: (calls: ToolCall[]) => void;
  patchAnswer: (id: string, patch: Partial<AnswerMeta>) => void;
  truncateFrom: (id: string) => void;
  clear: () => void;
}

let counter = 0;
export function newMessageId(): string {
  counter += 1;
  return `m${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

const mapMessage = (
  messages: ConversationMessage[],
  id: string,
  fn: (m: ConversationMessage) => ConversationMessage,
) => messages.map((m) => (m.id === id ? fn(m) : m));

export const useConversationStore = create<ConversationState>()(
  persist(
    (set) => ({
      messages: [],
      draft: '',
      draftImageUrl: '',
      draftImages: [],
      setDraft: (draft) => set({ draft }),
      setDraftImageUrl: (draftImageUrl) => set({ draftImageUrl }),
      addDraftImage: (url) => set((s) => ({ draftImages: [...s.draftImages, url] })),
      removeDraftImage: (index) => set((s) => ({ draftImages: s.draftImages.filter((_, i) => i !== index) })),
      addMessage: (role, content = '', images) => {
        const id = newMessageId();
        const message: ConversationMessage = images?.length
          ? { id, role, content, images }
          : { id, role, content };
        set((s) => ({ messages: [...s.messages, message] }));
        return id;
      },
      updateContent: (id, content) =>
        set((s) => ({ messages: mapMessage(s.messages, id, (m) => ({ ...m, content })) })),
      appendContent: (id, text) =>
        set((s) => ({ messages: mapMessage(s.messages, id, (m) => ({ ...m, content: m.content + text })) })),
      setRole: (id, role) => set((s) => ({ messages: mapMessage(s.messages, id, (m) => ({ ...m, role })) })),
      removeMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
      moveMessage: (id, offset) =>
        set((s) => {
          const from = s.messages.findIndex((m) => m.id === id);
          const to = from + offset;
          if (from < 0 || to < 0 || to >= s.messages.length) return s;
          const messages = [...s.messages];
          const [moved] = messages.splice(from, 1);
          if (moved) messages.splice(to, 0, moved);
          return { messages };
        }),
      startAnswer: (answer) => {
        const id = newMessageId();
        set((s) => ({ messages: [...s.messages, { id, role: 'assistant', content: '', answer }] }));
        return id;
      },
      continueAnswer: (id, answer) =>
        set((s) => ({ messages: mapMessage(s.messages, id, (m) => ({ ...m, answer })) })),
      resetToPrefill: (id) =>
        set((s) => ({
          messages: mapMessage(s.messages, id, (m) =>
            m.answer?.prefill !== undefined ? { id: m.id, role: m.role, content: m.answer.prefill } : m,
          ),
        })),
      setToolCalls: (id, toolCalls) =>
        set((s) => ({ messages: mapMessage(s.messages, id, (m) => ({ ...m, toolCalls })) })),
      addToolResultTurns: (calls) =>
        set((s) => ({
          messages: [
            ...s.messages,
            ...calls.map((call) => ({
              id: newMessageId(),
              role: 'tool' as const,
              content: '',
              toolCallId: call.id,
              toolName: call.function.name,
            })),
          ],
        })),
      patchAnswer: (id, patch) =>
        set((s) => ({
          messages: mapMessage(s.messages, id, (m) =>
            m.answer ? { ...m, answer: { ...m.answer, ...patch } } : m,
          ),
        })),
      truncateFrom: (id) =>
        set((s) => {
          const index = s.messages.findIndex((m) => m.id === id);
          return index < 0 ? s : { messages: s.messages.slice(0, index) };
        }),
      clear: () => set({ messages: [], draft: '', draftImageUrl: '', draftImages: [] }),
    }),
    {
      name: 'groq-playground:conversation',
      version: 1,
      storage: safeJSONStorage(),
      skipHydration: true,
      partialize: ({ messages, draft }) => ({ draft, messages: messages.map(toStoredMessage) }),
    },
  ),
);

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
function toStoredMessage(message: ConversationMessage): ConversationMessage {
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

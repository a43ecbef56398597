/**
 * The conversation as Groq `messages`: what the store keeps (turns, images, tool calls, answers with
 * their metadata) turned into what is sent — the system prompt first, empty turns, blocked turns and
 * earlier answers' raw thinking left out.
 */
import { splitThinking } from '../markdown/thinking';
import type { ChatMessage } from '../schema/chat-request';
import type { ConversationMessage } from './conversation';

/** Stands in for an inline image that was too big to save (never sent). */
export const INLINE_IMAGE_PLACEHOLDER = 'data:,image-not-saved';

/** The conversation as Groq messages: the system prompt first, empty turns left out. */
export function toChatMessages(system: string, messages: readonly ConversationMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  if (system.trim() !== '') out.push({ role: 'system', content: system });
  const blocked = blockedTurns(messages);
  for (const m of messages) {
    if (blocked.has(m)) continue;
    if (m.role === 'tool') {
      out.push({ role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' });
      continue;
    }
    if (m.role === 'assistant' && m.toolCalls?.length) {
      out.push({ role: 'assistant', content: m.content === '' ? null : m.content, tool_calls: m.toolCalls });
      continue;
    }
    // An uploaded image not kept after a reload cannot be sent again: the turn goes as text.
    const images = m.images?.filter((url) => url !== INLINE_IMAGE_PLACEHOLDER) ?? [];
    if (m.role === 'user' && images.length > 0) {
      const text = m.content.trim() === '' ? [] : [{ type: 'text' as const, text: m.content }];
      const parts = images.map((url) => ({ type: 'image_url' as const, image_url: { url } }));
      out.push({ role: 'user', content: [...text, ...parts] });
      continue;
    }
    // A raw-format answer's `<think>…</think>` is shown apart as Thinking and not sent back: earlier
    // turns go as their answers (as parsed-format reasoning is never resent). A turn being continued
    // (the last one, a prefill) goes as it is.
    const content =
      m.role === 'assistant' && m.answer && m !== messages.at(-1)
        ? splitThinking(m.content).answer
        : m.content;
    if (content.trim() === '') continue;
    out.push({ role: m.role, content });
  }
  return out;
}

/**
 * Turns Moderation kept from the model: each answer blocked by the guard (`guard_blocked`) and the user
 * turn it screened (the latest one before it). They stay on screen but never go out again as context:
 * the next Submit screens only its own new message.
 */
function blockedTurns(messages: readonly ConversationMessage[]): Set<ConversationMessage> {
  const out = new Set<ConversationMessage>();
  messages.forEach((m, index) => {
    if (m.role !== 'assistant' || m.answer?.finishReason !== 'guard_blocked') return;
    out.add(m);
    for (let i = index - 1; i >= 0; i--) {
      const prompt = messages[i] as ConversationMessage;
      if (prompt.role === 'user') {
        out.add(prompt);
        break;
      }
    }
  });
  return out;
}

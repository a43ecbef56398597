import 'server-only';
import type Groq from 'groq-sdk';
import { parseGuardVerdict } from '../models/guard-categories';
import type { ChatMessage } from '../schema/chat-request';
import type { GuardEventData } from '../stream/events';
import { guardModel } from './env';
import { toPlaygroundError } from './errors';

type GuardMessage = { role: 'user' | 'assistant'; content: string };

function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (!message.content) return '';
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}

/** The latest user turn, as Llama Guard screens a prompt (no system message needed). */
export function inputScreening(messages: readonly ChatMessage[]): GuardMessage[] {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return last ? [{ role: 'user', content: textOf(last) }] : [];
}

/** The answer in the context of the prompt it answers: Llama Guard classifies the last message. */
export function outputScreening(messages: readonly ChatMessage[], answer: string): GuardMessage[] {
  return [...inputScreening(messages), { role: 'assistant', content: answer }];
}

/**
 * Screens messages with Llama Guard. Never throws (except on abort): a failed screening reports
 * status `error` so the caller lets the request through with a visible notice, as Groq's apps do.
 */
export async function screen(
  client: Groq,
  stage: GuardEventData['stage'],
  messages: GuardMessage[],
  signal: AbortSignal,
  secret: string,
  model = guardModel(),
): Promise<GuardEventData> {
  const base = { stage, model, categories: [], request_id: null };
  if (messages.length === 0 || messages.every((m) => m.content.trim() === '')) {
    return { ...base, status: 'safe', detail: 'Nothing to screen.' };
  }
  try {
    const { data, response } = await client.chat.completions
      .create({ model, messages, stream: false }, { signal })
      .withResponse();
    const text = data.choices[0]?.message?.content ?? '';
    const verdict = parseGuardVerdict(text);
    const request_id = response.headers.get('x-request-id');
    if (!verdict) {
      return {
        ...base,
        request_id,
        status: 'error',
        detail: `Unexpected answer from ${model}: ${text.slice(0, 200)}`,
      };
    }
    return {
      ...base,
      request_id,
      status: verdict.safe ? 'safe' : 'unsafe',
      categories: verdict.categories,
      detail: text,
    };
  } catch (error) {
    if (signal.aborted) throw error;
    const failure = toPlaygroundError(error, secret);
    return { ...base, status: 'error', detail: `${failure.status} ${failure.message}` };
  }
}

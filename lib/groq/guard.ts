import 'server-only';
import type Groq from 'groq-sdk';
import { findCatalogModel } from '../models/catalog';
import { parseGuardVerdict } from '../models/guard-categories';
import type { ChatMessage } from '../schema/chat-request';
import type { GuardEventData } from '../stream/events';
import { toPlaygroundError } from './errors';
import { policyScreeningMessages } from './guard-policy';

type GuardMessage = { role: 'user' | 'assistant'; content: string };

function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (!message.content) return '';
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}

/**
 * What is new in a request, as Llama Guard screens a prompt (no system message needed): the latest
 * user turn — or, when the request continues after tool calls, the tool results it brings (content
 * from outside, screened as input; the user's prompt was screened when it was sent).
 */
export function inputScreening(messages: readonly ChatMessage[]): GuardMessage[] {
  let start = messages.length;
  while (start > 0 && messages[start - 1]?.role === 'tool') start--;
  const results = messages.slice(start);
  if (results.length > 0) {
    return [{ role: 'user', content: results.map(textOf).filter(Boolean).join('\n\n') }];
  }
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return last ? [{ role: 'user', content: textOf(last) }] : [];
}

/** The answer in the context of the prompt it answers: Llama Guard classifies the last message. */
export function outputScreening(messages: readonly ChatMessage[], answer: string): GuardMessage[] {
  return [...inputScreening(messages), { role: 'assistant', content: answer }];
}

/**
 * The messages a guard model is sent: Llama Guard takes the conversation as is; a policy model
 * (gpt-oss-safeguard, or an unknown GUARD_MODEL) gets the S1–S14 policy as its system prompt.
 */
export function guardRequestMessages(model: string, messages: GuardMessage[]) {
  return findCatalogModel(model)?.guard === 'llama-guard' ? messages : policyScreeningMessages(messages);
}

/**
 * Screens messages with the guard model. Never throws (except on abort): a failed screening call
 * reports status `error` so the caller lets the request through with a visible notice, as Groq's
 * apps do. (A guard model that is not live at all is refused before this, by the route.)
 */
export async function screen(
  client: Groq,
  stage: GuardEventData['stage'],
  messages: GuardMessage[],
  signal: AbortSignal,
  secret: string,
  model: string,
): Promise<GuardEventData> {
  const base = { stage, model, categories: [], request_id: null };
  if (messages.length === 0 || messages.every((m) => m.content.trim() === '')) {
    return { ...base, status: 'safe', detail: 'Nothing to screen.' };
  }
  try {
    const { data, response } = await client.chat.completions
      .create({ model, messages: guardRequestMessages(model, messages), stream: false }, { signal })
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

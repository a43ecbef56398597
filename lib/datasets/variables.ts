/**
 * Prompt variables: `{{name}}` anywhere in the system prompt, a message or the composer. Names are
 * letters, digits, `_`, `-` and `.` (so a CSV column like `city` or `user.name` maps one to one);
 * spaces inside the braces are allowed. Substitution is one pure function over a built request, so
 * whichever function builds requests can call it.
 */
import type { ChatMessage, ChatRequest } from '../schema/chat-request';

const VARIABLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export type VariableValues = Readonly<Record<string, string>>;

/** The field problem the Variables panel sets: it concerns single runs (Submit), not dataset rows. */
export const VARIABLES_FIELD = 'Variables';

/** Variable names in order of first appearance, each once. */
export function extractVariables(...texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(VARIABLE)) seen.add(match[1] as string);
  return [...seen];
}

/** Replaces every variable that has a non-empty value; others stay as typed (`{{name}}`). */
export function fillTemplate(text: string, values: VariableValues): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === '' ? whole : value;
  });
}

/** Every text of a request that can hold a variable (message text, text parts). */
export function requestTexts(request: ChatRequest): string[] {
  const texts: string[] = [];
  for (const message of request.messages) {
    const content = (message as { content?: unknown }).content;
    if (typeof content === 'string') texts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content as { type?: string; text?: unknown }[])
        if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
    }
  }
  return texts;
}

function fillMessage(message: ChatMessage, values: VariableValues): ChatMessage {
  const content = (message as { content?: unknown }).content;
  if (typeof content === 'string')
    return { ...message, content: fillTemplate(content, values) } as ChatMessage;
  if (!Array.isArray(content)) return message;
  const parts = (content as { type?: string; text?: unknown }[]).map((part) =>
    part.type === 'text' && typeof part.text === 'string'
      ? { ...part, text: fillTemplate(part.text, values) }
      : part,
  );
  return { ...message, content: parts } as ChatMessage;
}

/** The request with its variables filled in; variables without a value are left as `{{name}}`. */
export function substituteVariables(request: ChatRequest, values: VariableValues): ChatRequest {
  if (Object.keys(values).length === 0) return request;
  return { ...request, messages: request.messages.map((m) => fillMessage(m, values)) };
}

/** Variables a request still holds after substitution: sending it would send `{{name}}` to the model. */
export function unfilledVariables(request: ChatRequest): string[] {
  return extractVariables(...requestTexts(request));
}

/** The refusal Submit shows for variables without a value (null when there are none). */
export function unfilledVariablesMessage(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const list = names.map((n) => `{{${n}}}`).join(', ');
  return `Fill in ${names.length === 1 ? 'the variable' : 'the variables'} ${list} under Variables before sending (an empty variable is never sent).`;
}

import { invalidRequest, type PlaygroundError } from '../errors';
import { type ChatRequest, chatRequestSchema } from './chat-request';
import { issueToError } from './validation-message';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: PlaygroundError };

/** Validates an already-decoded JSON value against the shared chat request schema. */
export function parseChatRequest(input: unknown): ParseResult<ChatRequest> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: invalidRequest('Request body must be a JSON object') };
  }
  const result = chatRequestSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, error: issueToError(result.error.issues, input) };
}

/** Decodes raw body text, with a clear error for malformed JSON (the parser's own reason). */
export function parseChatRequestText(text: string): ParseResult<ChatRequest> {
  if (text.trim() === '')
    return { ok: false, error: invalidRequest('Request body is empty; send a JSON object') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown parse error';
    return {
      ok: false,
      error: invalidRequest(`We could not parse the JSON body of your request (${reason}).`, 'invalid_json'),
    };
  }
  return parseChatRequest(json);
}

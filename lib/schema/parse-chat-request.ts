import { invalidRequest, type PlaygroundError } from '../errors';
import { type ChatRequest, chatRequestSchema, type ModelLookup, makeChatRequestSchema } from './chat-request';
import { issueToError } from './validation-message';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: PlaygroundError };

/**
 * Validates an already-decoded JSON value against the shared chat request schema. `lookup` gives the
 * model's limits (the live list's when the server has it); by default the capability table's.
 */
export function parseChatRequest(input: unknown, lookup?: ModelLookup): ParseResult<ChatRequest> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: invalidRequest('Request body must be a JSON object') };
  }
  const schema = lookup ? makeChatRequestSchema(lookup) : chatRequestSchema;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, error: issueToError(result.error.issues, input) };
}

/** Decodes raw body text and validates it. */
export function parseChatRequestText(text: string, lookup?: ModelLookup): ParseResult<ChatRequest> {
  const json = decodeJsonBody(text);
  return json.ok ? parseChatRequest(json.data, lookup) : json;
}

/** Decodes a JSON body with a clear error for an empty or malformed one (the parser's own reason). */
export function decodeJsonBody(text: string): ParseResult<unknown> {
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
  return { ok: true, data: json };
}

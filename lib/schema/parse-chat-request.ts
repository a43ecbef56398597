import { invalidRequest, type PlaygroundError } from '../errors';
import { type CatalogModel, findCatalogModel } from '../models/catalog';
import { type ChatRequest, chatRequestSchema, type ModelLookup, makeChatRequestSchema } from './chat-request';
import { issueToError } from './validation-message';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: PlaygroundError };

/**
 * Validates an already-decoded JSON value against the shared chat request schema. `lookup` gives the
 * model's limits (the live list's when the server has it); by default the capability table's.
 */
export function parseChatRequest(input: unknown, lookup?: ModelLookup): ParseResult<ChatRequest> {
  return parseWith(input, lookup ? makeChatRequestSchema(lookup) : chatRequestSchema);
}

function parseWith(input: unknown, schema: ChatRequestSchema): ParseResult<ChatRequest> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: invalidRequest('Request body must be a JSON object') };
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, error: issueToError(result.error.issues, input) };
}

type ChatRequestSchema = ReturnType<typeof makeChatRequestSchema>;
const schemaByLiveModel = new WeakMap<CatalogModel, ChatRequestSchema>();

/**
 * The schema whose rules use `live` for its own model id and the capability table for any other.
 * Built once per live entry (the cached list keeps its objects until it is refreshed): a schema made
 * per request would also recompile zod's fast path per request (~0.5 ms of the proxy's time).
 */
function schemaForLiveModel(live: CatalogModel | undefined): ChatRequestSchema {
  if (!live) return chatRequestSchema;
  let schema = schemaByLiveModel.get(live);
  if (!schema) {
    schema = makeChatRequestSchema((id) => (id === live.id ? live : findCatalogModel(id)));
    schemaByLiveModel.set(live, schema);
  }
  return schema;
}

/** `parseChatRequest` with the limits of `live` (the live list's entry) for the model it names. */
export function parseChatRequestForModel(
  input: unknown,
  live: CatalogModel | undefined,
): ParseResult<ChatRequest> {
  return parseWith(input, schemaForLiveModel(live));
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

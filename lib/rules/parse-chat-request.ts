/**
 * The route's validation: the wire shape (lib/schema, zod) and then the capability rules Groq refuses
 * (lib/rules/table), the same table the playground applied before Submit. So the route answers 400
 * only with what the UI would have shown first; an unknown model passes what Groq alone can judge.
 */
import { invalidRequest, type PlaygroundError } from '../errors';
import { type ChatRequest, chatRequestObjectSchema } from '../schema/chat-request';
import { decodeJson } from '../schema/decode-json';
import { issueToError } from '../schema/validation-message';
import { type LiveModelEntry, type RulesModel, rulesModel } from './model';
import { wireViolations } from './table';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: PlaygroundError };

/** The rules' view of the model a body names. */
export type ModelLookup = (id: string) => RulesModel;

/** The request schema with the capability rules, judging each body's model through `lookup`. */
export function makeChatRequestSchema(lookup: ModelLookup = (id) => rulesModel(id)) {
  return chatRequestObjectSchema.superRefine((body, ctx) => {
    for (const v of wireViolations(body, lookup(body.model))) {
      ctx.addIssue({
        code: 'custom',
        path: v.path,
        message: v.groq,
        ...(v.params ? { params: v.params } : {}),
      });
    }
  });
}

type ChatRequestSchema = ReturnType<typeof makeChatRequestSchema>;

/** Judged with the capability table alone (no live list). */
export const chatRequestSchema = makeChatRequestSchema();

/** Validates an already-decoded JSON value: shape, then the rules for its model. */
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

const schemaByLiveModel = new WeakMap<LiveModelEntry, ChatRequestSchema>();

/**
 * The schema judging `live`'s own id by the live entry (its limits) and any other by the table.
 * Built once per live entry (the cached list keeps its objects until refreshed): a schema made per
 * request would also recompile zod's fast path per request (~0.5 ms of the proxy's time).
 */
function schemaForLiveModel(live: LiveModelEntry | undefined): ChatRequestSchema {
  if (!live) return chatRequestSchema;
  let schema = schemaByLiveModel.get(live);
  if (!schema) {
    schema = makeChatRequestSchema((id) => rulesModel(id, id === live.id ? live : undefined));
    schemaByLiveModel.set(live, schema);
  }
  return schema;
}

/** `parseChatRequest` with the live list's entry for the model the body names (undefined: the table). */
export function parseChatRequestForModel(
  input: unknown,
  live: LiveModelEntry | undefined,
): ParseResult<ChatRequest> {
  return parseWith(input, schemaForLiveModel(live));
}

/** Decodes raw body text and validates it. */
export function parseChatRequestText(text: string, lookup?: ModelLookup): ParseResult<ChatRequest> {
  const json = decodeJson(text);
  return json.ok ? parseChatRequest(json.data, lookup) : json;
}

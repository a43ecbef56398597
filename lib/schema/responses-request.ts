/**
 * The body of `POST /api/responses`: Groq's Responses API request (`POST /openai/v1/responses`) as
 * its docs list it, strict so a field Groq does not take (`previous_response_id`, `include`,
 * `background`, `prompt`, `conversation`, file inputs, `store: true`) is refused by name before any
 * upstream call. Unlike chat, function tools are flat (`{type, name, description, parameters}`).
 */
import { z } from 'zod';
import type { Parsed } from '../errors';
import { invalidRequest } from '../errors';
import type { CatalogModel } from '../models/catalog';
import { builtInToolSchema } from './chat-messages';
import { MAX_TOOLS, TEMPERATURE, TOP_P } from './limits';
import { mcpToolSchema, refineUniqueMcpLabels } from './mcp-tool';
import { issueToError } from './validation-message';

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const NAME_MESSAGE = 'must be 1-64 letters, digits, underscores or dashes';
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const jsonObject = z.record(z.string(), z.unknown());

const inputText = z.strictObject({ type: z.literal('input_text'), text: z.string() });
const inputImage = z.strictObject({
  type: z.literal('input_image'),
  image_url: z.string().min(1),
  detail: z.enum(['auto', 'low', 'high']).optional(),
});
const outputText = z.looseObject({ type: z.literal('output_text'), text: z.string() });
const contentPart = z.discriminatedUnion('type', [inputText, inputImage, outputText]);

const messageItem = z.strictObject({
  type: z.literal('message').optional(),
  id: z.string().optional(),
  status: z.string().optional(),
  role: z.enum(['user', 'assistant', 'system', 'developer']),
  content: z.union([z.string(), z.array(contentPart).min(1)]),
});
const functionCallItem = z.looseObject({
  type: z.literal('function_call'),
  call_id: z.string().min(1),
  name: z.string().min(1),
  arguments: z.string(),
});
const functionCallOutputItem = z.looseObject({
  type: z.literal('function_call_output'),
  call_id: z.string().min(1),
  output: z.string(),
});
/** Items a previous answer produced, sent back with the conversation (kept for context, not run). */
const producedItem = z.looseObject({ type: z.enum(['reasoning', 'mcp_list_tools', 'mcp_call']) });

export const responsesInputItemSchema = z.union([
  messageItem,
  functionCallItem,
  functionCallOutputItem,
  producedItem,
]);

export const responsesFunctionToolSchema = z.strictObject({
  type: z.literal('function'),
  name: z.string().regex(NAME, NAME_MESSAGE),
  description: z.string().optional(),
  parameters: jsonObject.optional(),
  strict: z.boolean().optional(),
});

export const responsesToolSchema = z.union([
  z.discriminatedUnion('type', [responsesFunctionToolSchema, mcpToolSchema]),
  builtInToolSchema,
]);

export const textFormatSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text') }),
  z.strictObject({ type: z.literal('json_object') }),
  z.strictObject({
    type: z.literal('json_schema'),
    name: z.string().regex(NAME, NAME_MESSAGE),
    schema: jsonObject,
    description: z.string().optional(),
    strict: nullable(z.boolean()),
  }),
]);

export const responsesRequestSchema = z.strictObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(responsesInputItemSchema).min(1)]),
  instructions: nullable(z.string()),
  max_output_tokens: nullable(z.int().min(1)),
  temperature: nullable(z.number().min(TEMPERATURE.min).max(TEMPERATURE.max)),
  top_p: nullable(z.number().min(TOP_P.min).max(TOP_P.max)),
  reasoning: nullable(
    z.strictObject({ effort: nullable(z.enum(['none', 'default', 'low', 'medium', 'high'])) }),
  ),
  text: nullable(z.strictObject({ format: nullable(textFormatSchema) })),
  tools: nullable(z.array(responsesToolSchema).max(MAX_TOOLS).superRefine(refineUniqueMcpLabels)),
  tool_choice: nullable(
    z.union([
      z.enum(['none', 'auto', 'required']),
      z.strictObject({ type: z.literal('function'), name: z.string().min(1) }),
    ]),
  ),
  parallel_tool_calls: nullable(z.boolean()),
  service_tier: nullable(z.enum(['auto', 'default', 'flex', 'on_demand', 'performance'])),
  stream: nullable(z.boolean()),
  store: nullable(z.literal(false)),
  user: nullable(z.string()),
  metadata: nullable(z.record(z.string(), z.string())),
});

export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;
export type ResponsesTool = z.infer<typeof responsesToolSchema>;
export type ResponsesInputItem = z.infer<typeof responsesInputItemSchema>;

/** Validates a decoded body; `model` (the live list's or the table's entry) bounds max_output_tokens. */
export function parseResponsesRequest(input: unknown, model?: CatalogModel): Parsed<ResponsesRequest> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: invalidRequest('Request body must be a JSON object') };
  }
  const result = responsesRequestSchema.safeParse(input);
  if (!result.success) return { ok: false, error: issueToError(result.error.issues, input) };
  const max = result.data.max_output_tokens;
  if (model && max && model.maxCompletionTokens > 0 && max > model.maxCompletionTokens) {
    return {
      ok: false,
      error: invalidRequest(
        `'max_output_tokens' : must be at most ${model.maxCompletionTokens} for \`${model.id}\``,
      ),
    };
  }
  return { ok: true, data: result.data };
}

/**
 * The parts of a chat request body that describe content: messages, tools, response formats and
 * documents — groq-sdk 1.6's `ChatCompletionCreateParams` shapes, strict so a misspelt field is
 * refused with Groq's own "property '…' is unsupported".
 */
import { z } from 'zod';
import { mcpToolSchema } from './mcp-tool';

const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
const NAME_MESSAGE = 'must be 1-64 letters, digits, underscores or dashes';

const jsonObject = z.record(z.string(), z.unknown());

export const textPartSchema = z.strictObject({ type: z.literal('text'), text: z.string() });
const imagePart = z.strictObject({
  type: z.literal('image_url'),
  image_url: z.strictObject({
    url: z.string().min(1),
    detail: z.enum(['auto', 'low', 'high']).optional(),
  }),
});
const documentPart = z.strictObject({
  type: z.literal('document'),
  document: z.strictObject({ data: jsonObject, id: z.string().nullable().optional() }),
});
export const contentPartSchema = z.discriminatedUnion('type', [textPartSchema, imagePart, documentPart]);

export const toolCallSchema = z.strictObject({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.strictObject({ name: z.string().min(1), arguments: z.string() }),
});

const systemContent = z.union([z.string(), z.array(textPartSchema)]);

// `name` is left out of system/developer/user/assistant on purpose: Groq answers 400
// "property 'name' is unsupported", and the strict objects say exactly that.
export const messageSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content: systemContent }),
  z.strictObject({ role: z.literal('developer'), content: systemContent }),
  z.strictObject({
    role: z.literal('user'),
    content: z.union([z.string(), z.array(contentPartSchema).min(1)]),
  }),
  z.strictObject({
    role: z.literal('assistant'),
    content: z
      .union([z.string(), z.array(textPartSchema)])
      .nullable()
      .optional(),
    tool_calls: z.array(toolCallSchema).optional(),
    reasoning: z.string().nullable().optional(),
    function_call: z.strictObject({ name: z.string(), arguments: z.string() }).optional(),
  }),
  z.strictObject({
    role: z.literal('tool'),
    content: z.union([z.string(), z.array(contentPartSchema)]),
    tool_call_id: z.string().min(1),
  }),
  z.strictObject({ role: z.literal('function'), content: z.string().nullable(), name: z.string().min(1) }),
]);

export const functionDefinitionSchema = z.strictObject({
  name: z.string().regex(NAME_PATTERN, NAME_MESSAGE),
  description: z.string().optional(),
  parameters: jsonObject.optional(),
  strict: z.boolean().optional(),
});

export const functionToolSchema = z.strictObject({
  type: z.literal('function'),
  function: functionDefinitionSchema,
});

/** Server-side tools (`browser_search`, `code_interpreter`) and ones not modelled here pass through. */
export const builtInToolSchema = z.looseObject({
  type: z
    .string()
    .min(1)
    // Aborting, so a zod union prefers the function/mcp branch's own, more precise issue.
    .refine((type) => type !== 'function' && type !== 'mcp', {
      message: 'a function or mcp tool has its own shape',
      abort: true,
    }),
});

// Known types first, by discriminator, so a malformed function or MCP tool names its own field.
export const toolSchema = z.union([
  z.discriminatedUnion('type', [functionToolSchema, mcpToolSchema]),
  builtInToolSchema,
]);

export const toolChoiceSchema = z.union([
  z.enum(['none', 'auto', 'required']),
  z.strictObject({ type: z.literal('function'), function: z.strictObject({ name: z.string().min(1) }) }),
]);

export const jsonSchemaFormatSchema = z.strictObject({
  name: z.string().regex(NAME_PATTERN, NAME_MESSAGE),
  description: z.string().optional(),
  schema: jsonObject.optional(),
  strict: z.boolean().nullable().optional(),
});

export const responseFormatSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text') }),
  z.strictObject({ type: z.literal('json_object') }),
  z.strictObject({ type: z.literal('json_schema'), json_schema: jsonSchemaFormatSchema }),
]);

export const documentSchema = z.strictObject({
  id: z.string().nullable().optional(),
  source: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('text'), text: z.string() }),
    z.strictObject({ type: z.literal('json'), data: jsonObject }),
  ]),
});

export const searchSettingsSchema = z.strictObject({
  country: z.string().nullable().optional(),
  include_domains: z.array(z.string()).nullable().optional(),
  exclude_domains: z.array(z.string()).nullable().optional(),
  include_images: z.boolean().nullable().optional(),
});

/** Compound's settings: Compound is shut down, but the field is still in the SDK and passes through. */
export const compoundCustomSchema = jsonObject;

export const legacyFunctionSchema = z.strictObject({
  name: z.string().regex(NAME_PATTERN, NAME_MESSAGE),
  description: z.string().optional(),
  parameters: jsonObject.optional(),
});

export type ChatMessage = z.infer<typeof messageSchema>;
export type ContentPart = z.infer<typeof contentPartSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;
export type FunctionTool = z.infer<typeof functionToolSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type ToolChoice = z.infer<typeof toolChoiceSchema>;
export type ResponseFormat = z.infer<typeof responseFormatSchema>;
export type JsonSchemaFormat = z.infer<typeof jsonSchemaFormatSchema>;

export { isFunctionTool } from './request-helpers';

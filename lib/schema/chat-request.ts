/**
 * The body of `POST /api/chat`: Groq's `POST /openai/v1/chat/completions` body (same field names and
 * meanings) plus playground-only fields. The route validates with it before any upstream call and the
 * UI builds its requests against the same types, so both agree on every bound.
 */
import { z } from 'zod';
import { findCatalogModel } from '../models/catalog';
import { MAX_BASE64_IMAGE_BYTES, MAX_STOP_SEQUENCES, MAX_TOOLS, PENALTY, TEMPERATURE, TOP_P } from './limits';

const textPart = z.strictObject({ type: z.literal('text'), text: z.string() });
const imagePart = z.strictObject({
  type: z.literal('image_url'),
  image_url: z.strictObject({
    url: z.string().min(1),
    detail: z.enum(['auto', 'low', 'high']).optional(),
  }),
});
export const contentPartSchema = z.discriminatedUnion('type', [textPart, imagePart]);

export const toolCallSchema = z.strictObject({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.strictObject({ name: z.string().min(1), arguments: z.string() }),
});

export const messageSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content: z.union([z.string(), z.array(textPart)]) }),
  z.strictObject({
    role: z.literal('user'),
    content: z.union([z.string(), z.array(contentPartSchema).min(1)]),
  }),
  z.strictObject({
    role: z.literal('assistant'),
    content: z.string().nullable().optional(),
    tool_calls: z.array(toolCallSchema).optional(),
    reasoning: z.string().optional(),
  }),
  z.strictObject({ role: z.literal('tool'), content: z.string(), tool_call_id: z.string().min(1) }),
]);

export const toolSchema = z.strictObject({
  type: z.literal('function'),
  function: z.strictObject({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, underscores or dashes'),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const toolChoiceSchema = z.union([
  z.enum(['none', 'auto', 'required']),
  z.strictObject({ type: z.literal('function'), function: z.strictObject({ name: z.string().min(1) }) }),
]);

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const chatRequestSchema = z
  .strictObject({
    model: z.string().min(1),
    messages: z.array(messageSchema).min(1),
    temperature: nullable(z.number().min(TEMPERATURE.min).max(TEMPERATURE.max)),
    top_p: nullable(z.number().min(TOP_P.min).max(TOP_P.max)),
    max_completion_tokens: nullable(z.int().min(1)),
    max_tokens: nullable(z.int().min(1)),
    seed: nullable(z.int()),
    stop: nullable(z.union([z.string(), z.array(z.string()).max(MAX_STOP_SEQUENCES)])),
    stream: nullable(z.boolean()),
    stream_options: nullable(z.strictObject({ include_usage: z.boolean().optional() })),
    response_format: nullable(z.strictObject({ type: z.enum(['text', 'json_object']) })),
    tools: nullable(z.array(toolSchema).max(MAX_TOOLS)),
    tool_choice: nullable(toolChoiceSchema),
    parallel_tool_calls: nullable(z.boolean()),
    frequency_penalty: nullable(z.number().min(PENALTY.min).max(PENALTY.max)),
    presence_penalty: nullable(z.number().min(PENALTY.min).max(PENALTY.max)),
    reasoning_format: nullable(z.enum(['parsed', 'raw', 'hidden'])),
    user: nullable(z.string()),
    // Groq rejects these; they are accepted by the schema only to answer with Groq's own wording.
    n: nullable(z.int()),
    logprobs: nullable(z.boolean()),
    logit_bias: nullable(z.record(z.string(), z.number())),
    top_logprobs: nullable(z.int()),
    // Playground-only: screen the conversation with Llama Guard before the main call.
    guard: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    const fail = (path: PropertyKey[], message: string, params?: Record<string, unknown>) =>
      ctx.addIssue({ code: 'custom', path, message, params });

    for (const field of ['logprobs', 'logit_bias', 'top_logprobs'] as const) {
      const value = body[field];
      if (value !== undefined && value !== null && value !== false) {
        fail([field], `property '${field}' is unsupported`);
      }
    }
    if (body.n != null && body.n !== 1) {
      fail(['n'], body.n > 1 ? 'number must be at most 1' : 'number must be at least 1');
    }

    const model = findCatalogModel(body.model);
    if (model && model.kind === 'speech') {
      fail(['model'], `\`${body.model}\` is a speech-to-text model and does not support chat completions`);
    }
    if (model && model.kind === 'tts') {
      fail(['model'], `\`${body.model}\` is a text-to-speech model and does not support chat completions`);
    }
    const max = model?.maxCompletionTokens;
    for (const field of ['max_completion_tokens', 'max_tokens'] as const) {
      const value = body[field];
      if (max && value != null && value > max) {
        fail(
          [field],
          `\`${field}\` must be less than or equal to \`${max}\`, the maximum value for \`${field}\` ` +
            `for \`${body.model}\``,
        );
      }
    }

    if (body.response_format?.type === 'json_object') {
      if (body.stream) fail(['stream'], 'JSON mode (response_format json_object) does not support streaming');
      if (body.stop != null && body.stop.length > 0) {
        fail(['stop'], 'JSON mode (response_format json_object) does not support stop sequences');
      }
    }

    checkImages(body.messages, body.model, fail);
  });

type Fail = (path: PropertyKey[], message: string, params?: Record<string, unknown>) => void;

/** Per-model vision limits from the catalog; the 4 MB base64 rule applies to every model. */
function checkImages(messages: ChatMessage[], modelId: string, fail: Fail) {
  const model = findCatalogModel(modelId);
  let images = 0;
  messages.forEach((message, i) => {
    if (message.role !== 'user' || typeof message.content === 'string') return;
    message.content.forEach((part, j) => {
      if (part.type !== 'image_url') return;
      images += 1;
      const url = part.image_url.url;
      if (url.startsWith('data:') && url.length > MAX_BASE64_IMAGE_BYTES) {
        fail(
          ['messages', i, 'content', j, 'image_url', 'url'],
          `Request Entity Too Large: base64 encoded images are limited to 4MB (this one is ${formatMegabytes(url.length)})`,
          { status: 413, code: 'request_too_large' },
        );
      }
      if (model && !model.capabilities.vision) {
        fail(['messages', i, 'content'], `\`${modelId}\` does not support images; choose a vision model`);
      }
    });
  });
  const limits = model?.vision;
  if (!limits || images === 0) return;
  if (images > limits.maxImages) {
    fail(
      ['messages'],
      `\`${modelId}\` accepts only ${limits.maxImages} image per request; this request has ${images}`,
    );
  }
  if (!limits.systemPromptWithImages && messages.some((m) => m.role === 'system')) {
    fail(['messages'], `\`${modelId}\` does not support a system prompt together with an image`);
  }
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type ChatMessage = z.infer<typeof messageSchema>;
export type ContentPart = z.infer<typeof contentPartSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type ToolChoice = z.infer<typeof toolChoiceSchema>;

/** The body Groq receives for a playground request: every field as sent, minus the playground's own. */
export type GroqRequestBody = Omit<ChatRequest, 'guard'>;

export function toGroqRequestBody(request: ChatRequest): GroqRequestBody {
  const { guard: _guard, ...body } = request;
  return body;
}

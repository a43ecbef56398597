/**
 * The body of `POST /api/chat`: every field of groq-sdk 1.6's `ChatCompletionCreateParams` (same names
 * and meanings, forwarded unchanged) plus the playground's own `guard`. The route validates with it
 * before any upstream call and the UI builds its requests against the same types. The capability rules
 * (what a model takes) are not here: lib/rules checks them, for the UI and the route alike.
 */
import { z } from 'zod';
import {
  type ChatMessage,
  compoundCustomSchema,
  documentSchema,
  legacyFunctionSchema,
  messageSchema,
  responseFormatSchema,
  searchSettingsSchema,
  toolChoiceSchema,
  toolSchema,
} from './chat-messages';
import { MAX_STOP_SEQUENCES, MAX_TOOLS, PENALTY, TEMPERATURE, TOP_P } from './limits';
import { refineUniqueMcpLabels } from './mcp-tool';

export * from './chat-messages';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const REASONING_EFFORT_VALUES = ['none', 'default', 'low', 'medium', 'high'] as const;
export const REASONING_FORMAT_VALUES = ['hidden', 'raw', 'parsed'] as const;
export const SERVICE_TIER_VALUES = ['auto', 'on_demand', 'flex', 'performance'] as const;

export const chatRequestObjectSchema = z.strictObject({
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
  response_format: nullable(responseFormatSchema),
  tools: nullable(z.array(toolSchema).max(MAX_TOOLS).superRefine(refineUniqueMcpLabels)),
  tool_choice: nullable(toolChoiceSchema),
  parallel_tool_calls: nullable(z.boolean()),
  disable_tool_validation: z.boolean().optional(),
  frequency_penalty: nullable(z.number().min(PENALTY.min).max(PENALTY.max)),
  presence_penalty: nullable(z.number().min(PENALTY.min).max(PENALTY.max)),
  reasoning_effort: nullable(z.enum(REASONING_EFFORT_VALUES)),
  reasoning_format: nullable(z.enum(REASONING_FORMAT_VALUES)),
  include_reasoning: nullable(z.boolean()),
  service_tier: nullable(z.enum(SERVICE_TIER_VALUES)),
  citation_options: nullable(z.enum(['enabled', 'disabled'])),
  documents: nullable(z.array(documentSchema)),
  search_settings: nullable(searchSettingsSchema),
  compound_custom: nullable(compoundCustomSchema),
  include_domains: nullable(z.array(z.string())),
  exclude_domains: nullable(z.array(z.string())),
  metadata: nullable(z.record(z.string(), z.string())),
  store: nullable(z.boolean()),
  user: nullable(z.string()),
  functions: nullable(z.array(legacyFunctionSchema)),
  function_call: nullable(
    z.union([z.enum(['none', 'auto', 'required']), z.strictObject({ name: z.string().min(1) })]),
  ),
  // Groq rejects these; they are accepted by the shape only to answer with Groq's own wording.
  n: nullable(z.int()),
  logprobs: nullable(z.boolean()),
  logit_bias: nullable(z.record(z.string(), z.number())),
  top_logprobs: nullable(z.int()),
  // Playground-only: screen the conversation with the guard model before the main call.
  guard: z.boolean().optional(),
});

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

export type ChatRequest = z.infer<typeof chatRequestObjectSchema>;

/** The body Groq receives for a playground request: every field as sent, minus the playground's own. */
export { type GroqRequestBody, toGroqRequestBody } from './request-helpers';
export type { ChatMessage };

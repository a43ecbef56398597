/**
 * The playground state a share link carries, versioned and validated with the same bounds the
 * request schema uses. Older versions are migrated forward, so old links keep opening.
 */
import { z } from 'zod';
import { EXAMPLE_JSON_SCHEMA } from '../rules/json-schema-setting';
import { toolCallSchema } from '../schema/chat-request';
import { MAX_STOP_SEQUENCES, TEMPERATURE, TOP_P } from '../schema/limits';
import {
  NO_GROUNDING,
  sharedAnnotation,
  sharedExecutedTool,
  sharedGrounding,
  sharedMcpServer,
} from './share-grounding';

const parameters = z.strictObject({
  temperature: z.number().min(TEMPERATURE.min).max(TEMPERATURE.max),
  maxCompletionTokens: z.int().min(1),
  topP: z.number().min(TOP_P.min).max(TOP_P.max),
  seed: z.int().nullable(),
  stop: z.array(z.string()).max(MAX_STOP_SEQUENCES),
  stream: z.boolean(),
  jsonMode: z.boolean(),
  moderation: z.boolean(),
});

/** Version 1: text conversations only (the foundation's playground). */
export const shareStateV1 = z.strictObject({
  v: z.literal(1),
  model: z.string().min(1),
  system: z.string(),
  messages: z.array(z.strictObject({ role: z.enum(['user', 'assistant']), content: z.string() })),
  parameters,
});

const sharedTool = z.strictObject({ name: z.string(), description: z.string(), parameters: z.string() });
const toolChoice = z.union([
  z.enum(['auto', 'none', 'required']),
  z.strictObject({ function: z.string().min(1) }),
]);

const messageV2 = z.strictObject({
  role: z.enum(['user', 'assistant', 'tool']),
  content: z.string(),
  images: z.array(z.string().regex(/^https?:\/\//, 'only http(s) image URLs travel in links')).optional(),
  toolCalls: z.array(toolCallSchema).optional(),
  toolCallId: z.string().optional(),
  toolName: z.string().optional(),
});

const seconds = z.number().nonnegative().optional();

/** What the sender saw under an answer: which model wrote it and its statistics. */
const sharedAnswer = z.strictObject({
  model: z.string().min(1),
  status: z.enum(['done', 'stopped', 'error']),
  timeToFirstTokenMs: z.number().nonnegative().optional(),
  /** Sent → finished: the race's total time (links made before it was carried have none). */
  totalMs: z.number().nonnegative().optional(),
  usage: z
    .strictObject({
      prompt_tokens: z.int().nonnegative(),
      completion_tokens: z.int().nonnegative(),
      total_tokens: z.int().nonnegative(),
      queue_time: seconds,
      prompt_time: seconds,
      completion_time: seconds,
      total_time: seconds,
      reasoning_tokens: z.int().nonnegative().optional(),
      cached_tokens: z.int().nonnegative().optional(),
    })
    .optional(),
  finishReason: z.string().nullable().optional(),
  requestId: z.string().nullable().optional(),
  serviceTier: z.string().nullable().optional(),
  reasoning: z.string().optional(),
});

/** Version 2: adds image URLs, tool calls and results, tools, and the reasoning format. */
export const shareStateV2 = z.strictObject({
  v: z.literal(2),
  model: z.string().min(1),
  system: z.string(),
  messages: z.array(messageV2),
  parameters: parameters.extend({ reasoningFormat: z.enum(['parsed', 'raw', 'hidden']) }),
  tools: z.array(sharedTool).max(128),
  toolChoice,
  parallelToolCalls: z.boolean(),
});

/**
 * Version 3 (today's Groq): answers keep their model and statistics, so they open rendered as the
 * sender saw them; Response Format (text, JSON Object, JSON Schema with its text and Strict) replaces
 * JSON Mode; reasoning effort, include reasoning and the service tier join; reasoning format may be unset.
 */
const { jsonMode: _jsonMode, ...parametersWithoutJsonMode } = parameters.shape;
export const shareStateV3 = shareStateV2.extend({
  v: z.literal(3),
  /** Values of the Variables panel (`{{name}}` in the prompt); absent in links made before them. */
  variables: z.record(z.string().max(200), z.string().max(100_000)).optional(),
  messages: z.array(messageV2.extend({ answer: sharedAnswer.optional() })),
  parameters: z.strictObject({
    ...parametersWithoutJsonMode,
    responseFormat: z.enum(['text', 'json_object', 'json_schema']),
    jsonSchema: z.string().max(100_000),
    jsonSchemaStrict: z.boolean(),
    reasoningFormat: z.enum(['parsed', 'raw', 'hidden']).nullable(),
    reasoningEffort: z.enum(['none', 'default', 'low', 'medium', 'high']).nullable(),
    includeReasoning: z.boolean(),
    serviceTier: z.enum(['', 'auto', 'on_demand', 'flex', 'performance']),
  }),
});
export type SharedAnswer = z.infer<typeof sharedAnswer>;

/** A compare pane after pane 1 (1–3 of them): its model and parameters. */
const comparePane = z.strictObject({ model: z.string().min(1), parameters: shareStateV3.shape.parameters });
/** Panes 2–4 of a comparison: one bound for every version that carries them. */
const panesAfterFirst = <T extends z.ZodType>(pane: T) => z.array(pane).min(1).max(3);
const comparePanes = panesAfterFirst(comparePane);

/**
 * Version 4 was made by two branches at once, so it is read as either: built-in tools, documents and
 * Citations (`grounding`) with each answer's executed tools and citations, or a comparison (`compare`:
 * panes 2–4, each with its model and parameters; pane 1 is the link's `model` and `parameters`).
 */
export const shareStateV4 = shareStateV3.extend({
  v: z.literal(4),
  messages: z.array(
    shareStateV3.shape.messages.element.extend({
      executedTools: z.array(sharedExecutedTool).max(128).optional(),
      annotations: z.array(sharedAnnotation).max(1024).optional(),
    }),
  ),
  grounding: sharedGrounding.optional(),
  compare: z.strictObject({ syncChat: z.boolean(), panes: comparePanes }).optional(),
});

/**
 * Version 5 carries everything: answers with their statistics, today's parameters, variables,
 * grounding, executed tools and citations, and (optionally) a comparison's layout and panes.
 */
export const shareStateV5 = shareStateV4.extend({
  v: z.literal(5),
  grounding: sharedGrounding,
});

/**
 * Version 6: a comparison with Sync chat on carries each pane's own conversation (its answers
 * differ from pane 1's); without it, panes 2–4 open with copies of pane 1's conversation.
 */
export const shareStateV6 = shareStateV5.extend({
  v: z.literal(6),
  compare: z
    .strictObject({
      syncChat: z.boolean(),
      panes: panesAfterFirst(comparePane.extend({ messages: shareStateV5.shape.messages.optional() })),
    })
    .optional(),
  /** Remote MCP servers without header values (optional: older v6 links have none). */
  mcpServers: z.array(sharedMcpServer).max(16).optional(),
});

export type ShareStateV1 = z.infer<typeof shareStateV1>;
export type ShareStateV2 = z.infer<typeof shareStateV2>;
export type ShareStateV3 = z.infer<typeof shareStateV3>;
export type ShareStateV4 = z.infer<typeof shareStateV4>;
export type ShareStateV5 = z.infer<typeof shareStateV5>;
export type ShareState = z.infer<typeof shareStateV6>;

export function migrateV1(state: ShareStateV1): ShareStateV2 {
  return {
    ...state,
    v: 2,
    parameters: { ...state.parameters, reasoningFormat: 'parsed' },
    tools: [],
    toolChoice: 'auto',
    parallelToolCalls: true,
  };
}

/** v2 → v3: JSON Mode becomes Response Format; the new controls start at their defaults. */
export function migrateV2(state: ShareStateV2): ShareStateV3 {
  const { jsonMode, ...rest } = state.parameters;
  return {
    ...state,
    v: 3,
    parameters: {
      ...rest,
      responseFormat: jsonMode ? 'json_object' : 'text',
      jsonSchema: EXAMPLE_JSON_SCHEMA,
      jsonSchemaStrict: false,
      reasoningEffort: null,
      includeReasoning: true,
      serviceTier: '',
    },
  };
}

/** v3 → v4: nothing to change (v4 only added optional fields). */
export function migrateV3(state: ShareStateV3): ShareStateV4 {
  return { ...state, v: 4 };
}

/** v4 → v5: a link without grounding (a comparison, say) gets no built-in tools, no documents, Citations on. */
export function migrateV4(state: ShareStateV4): ShareStateV5 {
  return { ...state, v: 5, grounding: state.grounding ?? { ...NO_GROUNDING, documents: [] } };
}

/** v5 → v6: nothing to change (panes without their own conversation copy pane 1's, as before). */
export function migrateV5(state: ShareStateV5): ShareState {
  return { ...state, v: 6 };
}

export const anyShareState = z.discriminatedUnion('v', [
  shareStateV1,
  shareStateV2,
  shareStateV3,
  shareStateV4,
  shareStateV5,
  shareStateV6,
]);

/** Any supported version, brought to the current one. */
export function migrateShareState(state: z.infer<typeof anyShareState>): ShareState {
  if (state.v === 1) return migrateV5(migrateV4(migrateV3(migrateV2(migrateV1(state)))));
  if (state.v === 2) return migrateV5(migrateV4(migrateV3(migrateV2(state))));
  if (state.v === 3) return migrateV5(migrateV4(migrateV3(state)));
  if (state.v === 4) return migrateV5(migrateV4(state));
  if (state.v === 5) return migrateV5(state);
  return state;
}

/** Limits, response formats and tools: what a model takes and what goes with what. */
import type { ChatRequest } from '../schema/chat-request';
import { isFunctionTool } from '../schema/request-helpers';
import { present, type Rule, when, without } from './rule';

const BUILT_IN_TYPES = new Set(['browser_search', 'code_interpreter']);
const isBuiltIn = (type: string) => BUILT_IN_TYPES.has(type);

/** The request without any tool (and without the fields that only make sense with tools). */
function withoutTools(body: ChatRequest, keep: (type: string) => boolean = () => false): ChatRequest {
  const tools = (body.tools ?? []).filter((tool) => keep(tool.type));
  if (tools.length > 0) return { ...body, tools };
  const next = without(body, 'tools', 'tool_choice', 'parallel_tool_calls');
  return next;
}

export const LIMIT_RULES: readonly Rule[] = [
  {
    code: 'not-a-chat-model',
    field: 'model',
    refusedByGroq: true,
    check: (body, model) =>
      when(model.kind === 'speech' || model.kind === 'tts', () => {
        const kind = model.kind === 'speech' ? 'speech-to-text' : 'text-to-speech';
        return {
          path: ['model'],
          message: `${model.name} is a ${kind} model: choose a chat model to send a chat request.`,
          groq: `\`${body.model}\` is a ${kind} model and does not support chat completions`,
        };
      }),
  },
  {
    code: 'unsupported-field',
    field: 'request',
    refusedByGroq: true,
    check: (body) => [
      ...(['logprobs', 'logit_bias', 'top_logprobs'] as const)
        .filter((field) => present(body[field]) && body[field] !== false)
        .map((field) => ({
          path: [field],
          message: `Groq does not support \`${field}\`.`,
          groq: `property '${field}' is unsupported`,
        })),
      ...when(body.n != null && body.n !== 1, () => ({
        path: ['n'],
        message: 'Groq returns one choice per request (n = 1).',
        groq: (body.n ?? 1) > 1 ? 'number must be at most 1' : 'number must be at least 1',
      })),
    ],
  },
  {
    code: 'max-tokens-above-limit',
    field: 'maxCompletionTokens',
    refusedByGroq: true,
    check: (body, model) => {
      const max = model.maxCompletionTokens;
      if (max === null) return [];
      return (['max_completion_tokens', 'max_tokens'] as const)
        .filter((field) => (body[field] ?? 0) > max)
        .map((field) => ({
          path: [field],
          message: `Max Completion Tokens ${body[field]} is above ${model.name}'s limit; ${max} is sent.`,
          groq:
            `\`${field}\` must be less than or equal to \`${max}\`, the maximum value for \`${field}\` ` +
            `for \`${body.model}\``,
          fix: { label: `Set ${max}`, patch: { maxCompletionTokens: max } },
        }));
    },
    repair: (body, model) => {
      const max = model.maxCompletionTokens ?? Number.POSITIVE_INFINITY;
      const next = { ...body };
      if ((next.max_completion_tokens ?? 0) > max) next.max_completion_tokens = max;
      if ((next.max_tokens ?? 0) > max) next.max_tokens = max;
      return next;
    },
  },
];

export const OUTPUT_RULES: readonly Rule[] = [
  {
    code: 'json-object-unsupported',
    field: 'responseFormat',
    refusedByGroq: true,
    check: (body, model) =>
      when(
        model.known && body.response_format?.type === 'json_object' && !model.capabilities.jsonMode,
        () => ({
          path: ['response_format'],
          message: `${model.name} does not support JSON Object responses; choose Text or another model.`,
          groq: `\`response_format\` json_object is not supported with model \`${body.model}\``,
          fix: { label: 'Use Text', patch: { responseFormat: 'text' } },
        }),
      ),
  },
  {
    code: 'json-schema-unsupported',
    field: 'responseFormat',
    refusedByGroq: true,
    check: (body, model) =>
      when(
        model.known && body.response_format?.type === 'json_schema' && !model.capabilities.jsonSchema,
        () => ({
          path: ['response_format'],
          message: model.capabilities.jsonMode
            ? `${model.name} does not support JSON Schema (structured outputs); use JSON Object or another model.`
            : `${model.name} does not support JSON Schema (structured outputs); use Text or another model.`,
          groq: `\`response_format\` json_schema is not supported with model \`${body.model}\``,
          fix: model.capabilities.jsonMode
            ? { label: 'Use JSON Object', patch: { responseFormat: 'json_object' } }
            : { label: 'Use Text', patch: { responseFormat: 'text' } },
        }),
      ),
  },
  {
    code: 'json-schema-stream',
    field: 'stream',
    refusedByGroq: true,
    quiet: true,
    check: (body) =>
      when(body.response_format?.type === 'json_schema' && body.stream === true, () => ({
        path: ['stream'],
        message: 'JSON Schema answers are not streamed.',
        groq: 'response_format `json_schema` does not support streaming; set `stream` to false',
      })),
    repair: (body) => ({ ...body, stream: false }),
  },
  {
    code: 'json-schema-tools',
    field: 'tools',
    refusedByGroq: true,
    check: (body) =>
      when(body.response_format?.type === 'json_schema' && (body.tools?.length ?? 0) > 0, () => ({
        path: ['tools'],
        message:
          'JSON Schema responses take no tools (Groq docs): tools are not sent while Response Format is JSON Schema.',
        groq: 'response_format `json_schema` cannot be combined with tools',
      })),
    repair: (body) => withoutTools(body),
  },
  {
    code: 'built-in-tools-unsupported',
    field: 'builtInTools',
    refusedByGroq: true,
    quiet: true,
    check: (body, model) => {
      const builtIn = (body.tools ?? []).find((tool) => isBuiltIn(tool.type));
      return when(model.known && builtIn !== undefined && !model.capabilities.builtInTools, () => ({
        path: ['tools'],
        message: `${model.name} does not run built-in tools; they are not sent.`,
        groq: `\`${builtIn?.type}\` is not supported with model \`${body.model}\`; built-in tools run on openai/gpt-oss-20b and openai/gpt-oss-120b`,
      }));
    },
    repair: (body) => withoutTools(body, (type) => !isBuiltIn(type)),
  },
  {
    code: 'parallel-tools-unsupported',
    field: 'parallelToolCalls',
    refusedByGroq: false,
    quiet: true,
    check: (body, model) =>
      when(
        model.known &&
          !model.capabilities.parallelTools &&
          (body.tools ?? []).some(isFunctionTool) &&
          body.parallel_tool_calls !== false,
        () => ({
          path: ['parallel_tool_calls'],
          message: `${model.name} does not support parallel tool use; parallel_tool_calls: false is sent.`,
          groq: '',
        }),
      ),
    repair: (body) => ({ ...body, parallel_tool_calls: false }),
  },
];

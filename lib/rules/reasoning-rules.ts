/** Reasoning: which effort, format and include_reasoning a model takes, and raw's exclusions. */
import type { ChatRequest } from '../schema/chat-request';
import { isFunctionTool } from '../schema/request-helpers';
import type { RulesModel } from './model';
import { present, type Rule, when, without } from './rule';

/** Groq's way of listing accepted values: `a`, `b` or `c`. */
function listOfValues(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

const jsonMode = (body: ChatRequest) =>
  body.response_format?.type === 'json_object' || body.response_format?.type === 'json_schema';

/** What stands in raw's way, in words: "tools", "Browser Search", "JSON mode". */
function rawBlockers(body: ChatRequest): string[] {
  const tools = body.tools ?? [];
  const out: string[] = [];
  if (tools.some(isFunctionTool)) out.push('function tools');
  if (tools.some((t) => t.type === 'browser_search')) out.push('Browser Search');
  if (tools.some((t) => t.type === 'code_interpreter')) out.push('Code Execution');
  if (tools.some((t) => !isFunctionTool(t) && t.type !== 'browser_search' && t.type !== 'code_interpreter'))
    out.push('tools');
  if (jsonMode(body)) out.push('a JSON response format');
  return out;
}

const sayList = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const effortOffered = (body: ChatRequest, model: RulesModel) =>
  !model.known || !present(body.reasoning_effort)
    ? true
    : (model.capabilities.reasoning?.efforts.includes(body.reasoning_effort as never) ?? false);

export const REASONING_RULES: readonly Rule[] = [
  {
    code: 'effort-not-offered',
    field: 'reasoningEffort',
    refusedByGroq: true,
    quiet: true,
    check: (body, model) =>
      when(!effortOffered(body, model), () => {
        const efforts = model.capabilities.reasoning?.efforts ?? [];
        return {
          path: ['reasoning_effort'],
          message: `${model.name} does not take Reasoning Effort ${body.reasoning_effort}; it is not sent.`,
          groq: efforts.length
            ? `\`reasoning_effort\` must be one of ${listOfValues(efforts)}`
            : '`reasoning_effort` is not supported with this model',
        };
      }),
    repair: (body) => without(body, 'reasoning_effort'),
  },
  {
    code: 'format-not-offered',
    field: 'reasoningFormat',
    refusedByGroq: true,
    quiet: true,
    check: (body, model) =>
      when(
        model.known &&
          present(body.reasoning_format) &&
          !model.capabilities.reasoning?.formats.includes(body.reasoning_format as never),
        () => ({
          path: ['reasoning_format'],
          message: `${model.name} does not take a Reasoning Format; it is not sent.`,
          groq: '`reasoning_format` is not supported with this model',
        }),
      ),
    repair: (body) => without(body, 'reasoning_format'),
  },
  {
    code: 'include-reasoning-not-supported',
    field: 'includeReasoning',
    refusedByGroq: true,
    quiet: true,
    check: (body, model) =>
      when(model.known && present(body.include_reasoning) && !model.capabilities.reasoning, () => ({
        path: ['include_reasoning'],
        message: `${model.name} does not reason; Include Reasoning is not sent.`,
        groq: `\`include_reasoning\` is not supported with model \`${body.model}\``,
      })),
    repair: (body) => without(body, 'include_reasoning'),
  },
  {
    // Qwen reasons but the playground offers no Include Reasoning for it (its format says it all).
    code: 'include-reasoning-not-offered',
    field: 'includeReasoning',
    refusedByGroq: false,
    quiet: true,
    check: (body, model) =>
      when(
        model.known &&
          present(body.include_reasoning) &&
          model.capabilities.reasoning?.includeReasoning === false,
        () => ({
          path: ['include_reasoning'],
          message: `${model.name} takes no Include Reasoning switch; it is not sent.`,
          groq: '',
        }),
      ),
    repair: (body) => without(body, 'include_reasoning'),
  },
  {
    code: 'raw-with-tools',
    field: 'reasoningFormat',
    refusedByGroq: true,
    check: (body) =>
      when(body.reasoning_format === 'raw' && rawBlockers(body).length > 0, () => ({
        path: ['reasoning_format'],
        message: `Raw can't be used with ${sayList(rawBlockers(body))}; Parsed is sent.`,
        groq: '`reasoning_format` `raw` is not supported with JSON mode or tools; use `parsed` or `hidden`',
        fix: { label: 'Use Parsed', patch: { reasoningFormat: 'parsed' } },
      })),
    repair: (body) => ({ ...body, reasoning_format: 'parsed' }),
  },
  {
    code: 'format-with-include',
    field: 'includeReasoning',
    refusedByGroq: true,
    check: (body) =>
      when(present(body.reasoning_format) && present(body.include_reasoning), () => ({
        path: ['include_reasoning'],
        message: 'Groq takes Include Reasoning or Reasoning Format, not both: the format is sent.',
        groq: '`include_reasoning` and `reasoning_format` are mutually exclusive; set only one',
      })),
    repair: (body) => without(body, 'include_reasoning'),
  },
];

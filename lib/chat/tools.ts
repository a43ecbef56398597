/**
 * Function tools as the playground edits them: JSON-schema parameters kept as the text the user
 * typed, so a half-written schema is never lost; only valid tools are sent.
 */
import type { Tool, ToolChoice } from '../schema/chat-request';
import { isFunctionTool } from '../schema/request-helpers';

export interface ToolDraft {
  id: string;
  name: string;
  description: string;
  /** JSON Schema for the arguments, as typed. */
  parameters: string;
}

/** `auto`, `none`, `required`, or the name of one function to force. */
export type ToolChoiceSetting = 'auto' | 'none' | 'required' | { function: string };

export const EXAMPLE_TOOL: Omit<ToolDraft, 'id'> = {
  name: 'get_current_weather',
  description: 'Get the current weather in a given location',
  parameters: JSON.stringify(
    {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      },
      required: ['location'],
    },
    null,
    2,
  ),
};

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export interface ToolProblems {
  name: string | null;
  parameters: string | null;
}

/** Everything wrong with a tool, field by field (a bad name and bad JSON are both reported). */
export function toolProblems(tool: ToolDraft, all: readonly ToolDraft[]): ToolProblems {
  let name: string | null = null;
  if (!NAME.test(tool.name)) name = 'The name must be 1–64 letters, digits, underscores or dashes.';
  else if (all.filter((t) => t.name === tool.name).length > 1)
    name = `Another tool is also named ${tool.name}.`;
  return { name, parameters: parametersProblem(tool.parameters) };
}

function parametersProblem(text: string): string | null {
  if (text.trim() === '') return null;
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    return `Parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return 'Parameters must be a JSON object (a JSON Schema).';
  }
  return null;
}

/** Why a tool cannot be sent, or null when it can. */
export function toolProblem(tool: ToolDraft, all: readonly ToolDraft[]): string | null {
  const problems = toolProblems(tool, all);
  return problems.name ?? problems.parameters;
}

/** Why Submit is held back by the tools, or null: an invalid tool is never dropped silently. */
export function invalidToolsMessage(tools: readonly ToolDraft[]): string | null {
  const bad = tools
    .map((tool, index) => ({ tool, index }))
    .filter(({ tool }) => toolProblem(tool, tools) !== null)
    .map(({ tool, index }) => `Tool ${index + 1}${tool.name ? ` (${tool.name})` : ''}`);
  if (bad.length === 0) return null;
  const list = bad.join(', ');
  return `${list} ${bad.length === 1 ? 'has a problem' : 'have problems'}: fix or remove ${bad.length === 1 ? 'it' : 'them'} under Tools before sending.`;
}

export function toApiTools(tools: readonly ToolDraft[]): Tool[] {
  return tools
    .filter((tool) => toolProblem(tool, tools) === null)
    .map((tool) => ({
      type: 'function' as const,
      function: {
        name: tool.name,
        ...(tool.description.trim() ? { description: tool.description } : {}),
        ...(tool.parameters.trim()
          ? { parameters: JSON.parse(tool.parameters) as Record<string, unknown> }
          : {}),
      },
    }));
}

/** A forced function that no longer exists falls back to `auto`. */
export function toApiToolChoice(choice: ToolChoiceSetting, tools: readonly Tool[]): ToolChoice {
  if (typeof choice === 'string') return choice;
  if (!tools.some((t) => isFunctionTool(t) && t.function.name === choice.function)) return 'auto';
  return { type: 'function', function: { name: choice.function } };
}

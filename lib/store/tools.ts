/**
 * Function tools as the playground edits them: JSON-schema parameters kept as the text the user
 * typed, so a half-written schema is never lost; only valid tools are sent.
 */
import { isFunctionTool, type Tool, type ToolChoice } from '../schema/chat-request';

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

/** Why a tool cannot be sent, or null when it can. */
export function toolProblem(tool: ToolDraft, all: readonly ToolDraft[]): string | null {
  if (!NAME.test(tool.name)) return 'The name must be 1–64 letters, digits, underscores or dashes.';
  if (all.filter((t) => t.name === tool.name).length > 1) return `Another tool is also named ${tool.name}.`;
  if (tool.parameters.trim() === '') return null;
  let schema: unknown;
  try {
    schema = JSON.parse(tool.parameters);
  } catch (error) {
    return `Parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return 'Parameters must be a JSON object (a JSON Schema).';
  }
  return null;
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

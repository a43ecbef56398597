/**
 * Tool calling: which tools to call (tool_choice, names and description words in the prompt), with
 * arguments built from each function's JSON schema; and the summary answer once tool results arrive.
 */
import type { CatalogModel } from '../models/catalog';
import type { ChatMessage, ChatRequest, JsonSchema, ToolCall, ToolDefinition } from './chat-types';
import { messageText } from './chat-types';
import { toolCallId } from './ids';
import { LOCATION_KEY, objectForSchema, type ValueContext } from './schema-values';
import { excerpt, extractMathExpression, extractPlaces, firstQuoted, keywords } from './text';

/** Words too generic to decide that a prompt is about a tool. */
const GENERIC = new Set(
  `get set fetch retrieve return returns function value values data information given specified provided based name
type string number object current location locations city detail details list lookup tool call api result results
user users using specific certain into from with that this about which their them they there`.split(/\s+/),
);

const MATH_TOOL = /calc|math|evaluat|arithmetic|expression|compute/i;

function significantWords(tool: ToolDefinition): string[] {
  const text = `${tool.function.name.replace(/[_-]+/g, ' ')} ${tool.function.description ?? ''}`;
  return keywords(text, 20)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 4 && !GENERIC.has(w));
}

function mentions(prompt: string, promptWords: Set<string>, tool: ToolDefinition): boolean {
  const lower = prompt.toLowerCase();
  const name = tool.function.name.toLowerCase();
  if (lower.includes(name) || lower.includes(name.replace(/[_-]+/g, ' '))) return true;
  for (const word of significantWords(tool)) {
    if (promptWords.has(word)) return true;
    if (
      word.length >= 6 &&
      [...promptWords].some((p) => p.length >= 6 && p.slice(0, 5) === word.slice(0, 5))
    ) {
      return true;
    }
  }
  const haystack = `${tool.function.name} ${tool.function.description ?? ''}`;
  return MATH_TOOL.test(haystack) && extractMathExpression(prompt) !== null;
}

/** Tools the prompt is about, in the order they were declared. */
export function matchTools(prompt: string, tools: readonly ToolDefinition[]): ToolDefinition[] {
  const words = new Set(keywords(prompt, 200).map((w) => w.toLowerCase()));
  return tools.filter((tool) => mentions(prompt, words, tool));
}

function hasLocationParam(schema: JsonSchema | undefined): boolean {
  const props = schema?.properties ?? {};
  const required = schema?.required ?? Object.keys(props);
  return required.some((key) => LOCATION_KEY.test(key) && key in props);
}

/** Whether the conversation ends with tool results (the model should now answer in prose). */
export function endsWithToolResults(messages: readonly ChatMessage[]): boolean {
  return messages[messages.length - 1]?.role === 'tool';
}

/** The tool calls to return, or null when the model should answer with text. */
export function planToolCalls(request: ChatRequest, model: CatalogModel, prompt: string): ToolCall[] | null {
  const { tools, toolChoice } = request;
  if (tools.length === 0 || toolChoice === 'none' || !model.capabilities.tools) return null;
  const forced = toolChoice === 'required' || typeof toolChoice === 'object';
  const last = request.messages[request.messages.length - 1];
  if (!forced && last?.role !== 'user') return null;

  let chosen: ToolDefinition[];
  if (typeof toolChoice === 'object') {
    chosen = tools.filter((tool) => tool.function.name === toolChoice.function.name);
  } else {
    chosen = matchTools(prompt, tools);
    if (chosen.length === 0 && forced && tools[0]) chosen = [tools[0]];
  }
  if (chosen.length === 0) return null;

  const places = extractPlaces(prompt);
  const base: ValueContext = {
    prompt,
    places,
    math: extractMathExpression(prompt),
    quoted: firstQuoted(prompt),
    words: keywords(prompt, 6),
  };
  const calls: ToolCall[] = [];
  for (const tool of chosen) {
    const schema = tool.function.parameters ?? {};
    const targets = hasLocationParam(schema) && places.length > 1 ? places : [places[0]];
    for (const place of targets) {
      const ctx: ValueContext = place === undefined ? base : { ...base, place };
      calls.push({
        id: toolCallId(),
        type: 'function',
        function: { name: tool.function.name, arguments: JSON.stringify(objectForSchema(schema, ctx)) },
      });
    }
  }
  const parallel = request.parallelToolCalls && model.capabilities.parallelTools;
  return parallel ? calls : calls.slice(0, 1);
}

/** What a model emits when it botches a tool call (the `failed_generation` of tool_use_failed). */
export function failedToolGeneration(request: ChatRequest, prompt: string): string {
  const tool = request.tools[0]?.function.name ?? 'unknown_function';
  const place = extractPlaces(prompt)[0] ?? excerpt(prompt, 40);
  return `<function=${tool}>{"location": "${place}", "unit": }</function>`;
}

function quoteResult(content: string): string {
  const trimmed = content.trim();
  if (trimmed.length <= 160 && !/[\n`]/.test(trimmed)) return `\`${trimmed || '(empty)'}\``;
  let body = trimmed;
  let lang = '';
  try {
    body = JSON.stringify(JSON.parse(trimmed), null, 2);
    lang = 'json';
  } catch {
    body = trimmed.replace(/```/g, "'''");
  }
  return `\n\n\`\`\`${lang}\n${body}\n\`\`\``;
}

/** A short markdown answer that quotes each trailing tool result. */
export function toolResultsSummary(messages: readonly ChatMessage[], prompt: string): string {
  const names = new Map<string, string>();
  for (const message of messages) {
    for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
  }
  const results: ChatMessage[] = [];
  for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'tool'; i -= 1) {
    const message = messages[i];
    if (message) results.unshift(message);
  }
  const lines = results.map((result) => {
    const id = result.tool_call_id ?? '';
    const name = names.get(id) ?? result.name ?? 'tool';
    return `- **${name}** (\`${id}\`): ${quoteResult(messageText(result))}`;
  });
  const plural = results.length === 1 ? '' : 's';
  const question = prompt ? ` to answer “${excerpt(prompt, 80)}”` : '';
  return [
    `Here is what the tool${plural} returned:`,
    lines.join('\n'),
    `Based on ${results.length === 1 ? 'this result' : 'these results'}, I have what I need${question}. Let me know if you want more detail or another lookup.`,
  ].join('\n\n');
}

/**
 * Decides what a chat completion says: a guard verdict, tool calls, a tool-results summary, a JSON
 * object, a prefill continuation or the markdown answer; then applies `stop` and the token limit.
 */
import type { CatalogModel } from '../models/catalog';
import { generateAnswer } from './answer';
import { executeBuiltInTools, type SimExecutedTool, toolFindings } from './built-in-tools';
import type { ChatMessage, ChatRequest, ToolCall } from './chat-types';
import { lastOfRole, messageImages, messageText } from './chat-types';
import { citationAnnotations, quoteDocuments, type SimAnnotation } from './documents';
import { jsonValidateFailed, toolUseFailed } from './errors';
import { guardVerdict, promptInjectionLabel } from './guard';
import { failedJsonGeneration, jsonAnswerText } from './json-mode';
import { prefillContinuation } from './prefill';
import { reasoningText, withRawThinking } from './reasoning';
import { countTokens, hashString, tokenize } from './tokens';
import { endsWithToolResults, failedToolGeneration, planToolCalls, toolResultsSummary } from './tools';
import type { Triggers } from './triggers';
import { stripTriggers } from './triggers';
import { XSS_CORPUS } from './xss-corpus';

export type FinishReason = 'stop' | 'length' | 'tool_calls';

export interface Generation {
  content: string | null;
  /** The content split into stream tokens (empty for tool calls). */
  pieces: string[];
  toolCalls: ToolCall[] | null;
  /** Parsed reasoning (reasoning_format "parsed"), streamed as `delta.reasoning` before the content. */
  reasoning: string | null;
  reasoningPieces: string[];
  finishReason: FinishReason;
  completionTokens: number;
  /** Tokens of thinking, wherever they went (reasoning field or `<think>` in the content). */
  reasoningTokens: number;
  /** Seed for everything else that must be deterministic (timings). */
  seed: number;
  /** Built-in tools run before answering (streamed before the content, as Groq does). */
  executedTools?: SimExecutedTool[];
  /** Document citations into the final content. */
  annotations?: SimAnnotation[];
}

/** Cuts the text right before the first occurrence of any stop sequence. */
export function applyStop(text: string, stops: readonly string[]): { text: string; stopped: boolean } {
  let cut = -1;
  for (const stop of stops) {
    const index = text.indexOf(stop);
    if (index !== -1 && (cut === -1 || index < cut)) cut = index;
  }
  return cut === -1 ? { text, stopped: false } : { text: text.slice(0, cut), stopped: true };
}

function generationSeed(request: ChatRequest): number {
  const messages = JSON.stringify(request.messages);
  return request.seed === undefined ? hashString(messages) : hashString(`${request.seed}\u0000${messages}`);
}

/**
 * Where a reasoning model's thinking goes. gpt-oss (no reasoning_format) always answers with a
 * separate `reasoning` field unless `include_reasoning: false`; Qwen and the 2024 models default to
 * raw `<think>` tags, or hidden with JSON mode or tools; `reasoning_effort: none` turns thinking off.
 */
function reasoningPlacement(request: ChatRequest, model: CatalogModel): 'parsed' | 'raw' | 'hidden' {
  const reasoning = model.capabilities.reasoning;
  if (!reasoning || model.kind !== 'chat' || request.reasoningEffort === 'none') return 'hidden';
  if (reasoning.formats.length === 0) return request.includeReasoning === false ? 'hidden' : 'parsed';
  if (request.reasoningFormat) return request.reasoningFormat;
  if (request.includeReasoning === false) return 'hidden';
  const structured = request.jsonMode || request.jsonSchema || request.tools.length > 0;
  return structured ? 'hidden' : 'raw';
}

/**
 * Guard models: Llama Guard screens the last message; gpt-oss-safeguard follows the policy in the
 * system prompt (the simulator understands the Llama Guard taxonomy, answered in the same format);
 * Prompt Guard labels prompt injections.
 */
function guardAnswer(model: CatalogModel, messages: readonly ChatMessage[]): string {
  const last = messages[messages.length - 1];
  if (model.guard === 'prompt-injection') return promptInjectionLabel(messageText(last));
  if (model.guard === 'policy') {
    const content = messages
      .filter((m) => m.role !== 'system')
      .map(messageText)
      .join('\n');
    return guardVerdict(content);
  }
  return guardVerdict(messageText(last));
}

export function generate(
  request: ChatRequest,
  model: CatalogModel,
  triggers: Triggers,
  answerTokens: number,
): Generation {
  const { messages } = request;
  const seed = generationSeed(request);
  const lastUser = lastOfRole(messages, 'user');
  const systemMessage = lastOfRole(messages, 'system');
  const prompt = stripTriggers(messageText(lastUser));
  const system = systemMessage ? stripTriggers(messageText(systemMessage)) || null : null;
  const last = messages[messages.length - 1];
  const jsonInput = { prompt, system, seed, schema: request.jsonSchema?.schema };

  let content: string;
  let executedTools: SimExecutedTool[] = [];
  let quoted = { text: '', spans: [] as { id: string; start: number; end: number }[] };
  if (model.kind === 'guard') {
    content = guardAnswer(model, messages);
  } else {
    if (triggers.toolFail) throw toolUseFailed(failedToolGeneration(request, prompt));
    if (triggers.jsonFail) throw jsonValidateFailed(failedJsonGeneration(jsonInput));
    const toolCalls =
      endsWithToolResults(messages) &&
      typeof request.toolChoice === 'string' &&
      request.toolChoice !== 'required'
        ? null
        : planToolCalls(request, model, prompt);
    if (toolCalls) {
      const completionTokens = countTokens(JSON.stringify(toolCalls.map((call) => call.function)));
      return {
        content: null,
        pieces: [],
        toolCalls,
        reasoning: null,
        reasoningPieces: [],
        finishReason: 'tool_calls',
        completionTokens,
        reasoningTokens: 0,
        seed,
      };
    }
    const answerInput = {
      prompt,
      system,
      images: lastUser ? messageImages(lastUser) : [],
      followUp: messages.some((m) => m.role === 'assistant' && m !== last),
      seed,
      targetTokens: triggers.tokens ?? answerTokens,
      exact: triggers.tokens !== undefined,
    };
    if (triggers.xss) content = XSS_CORPUS;
    else if (endsWithToolResults(messages)) content = toolResultsSummary(messages, prompt);
    else if (request.jsonMode || request.jsonSchema) content = jsonAnswerText(jsonInput);
    else if (last?.role === 'assistant') content = prefillContinuation(messageText(last), answerInput);
    else content = generateAnswer(answerInput);
    executedTools = executeBuiltInTools(request.builtInTools, prompt, triggers.xss);
    const plain = !request.jsonMode && !request.jsonSchema && last?.role !== 'assistant';
    if (plain) {
      quoted = quoteDocuments(request.documents ?? []);
      content = toolFindings(executedTools) + quoted.text + content;
    }
  }

  const format = reasoningPlacement(request, model);
  const effort = request.reasoningEffort ?? model.capabilities.reasoning?.defaultEffort ?? 'medium';
  const reasoning = format !== 'hidden' ? reasoningText(prompt, seed, effort) : null;
  if (reasoning && format === 'raw') content = withRawThinking(reasoning, content);
  const parsedReasoning = reasoning && format === 'parsed' ? reasoning : null;
  const reasoningPieces = parsedReasoning ? tokenize(parsedReasoning) : [];

  const stopped = applyStop(content, request.stop);
  let pieces = tokenize(stopped.text);
  let finishReason: FinishReason = 'stop';
  if (request.maxTokens !== undefined && pieces.length > request.maxTokens) {
    pieces = pieces.slice(0, request.maxTokens);
    finishReason = 'length';
  }
  const text = pieces.join('');
  if ((request.jsonMode || request.jsonSchema) && finishReason === 'length') throw jsonValidateFailed(text);
  const quoteAt = quoted.text ? text.indexOf(quoted.text.trimEnd().slice(0, 20)) : -1;
  const annotations =
    request.citations !== false && quoteAt >= 0 ? citationAnnotations(text, quoteAt, quoted.spans) : [];
  return {
    content: text,
    pieces,
    toolCalls: null,
    reasoning: parsedReasoning,
    reasoningPieces,
    finishReason,
    completionTokens: pieces.length + reasoningPieces.length,
    reasoningTokens: reasoning ? countTokens(reasoning) : 0,
    seed,
    ...(executedTools.length > 0 ? { executedTools } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
  };
}

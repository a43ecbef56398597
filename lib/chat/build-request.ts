/**
 * The one request builder: a pane's settings and a conversation become the body the playground sends,
 * with the capability rules applied (lib/rules). Submit, Regenerate, View code, share links and dataset
 * rows all call it, so what they show is what is sent. Pure.
 */
import { substituteVariables, type VariableValues } from '../datasets/variables';
import { type ChatApi, type McpServerInput, mcpRequestTools } from '../mcp/settings';
import { responsesBodyFromChat } from '../responses/from-chat';
import { responsesNotices } from '../rules/agents-rules';
import { isJsonResponse, isStructured, parseJsonSchemaSetting } from '../rules/json-schema-setting';
import { type RulesModel, rulesModel } from '../rules/model';
import type { Problem } from '../rules/problem';
import { applyRules } from '../rules/table';
import type { ChatRequest } from '../schema/chat-request';
import { toChatMessages } from './chat-messages';
import type { ConversationMessage } from './conversation';
import { builtInTools, documentFields } from './grounding';
import type { PaneSettings, SharedSettings } from './settings';
import { invalidToolsMessage, toApiToolChoice, toApiTools } from './tools';

export type RequestSettings = Pick<SharedSettings, 'system'> &
  Omit<PaneSettings, 'id'> &
  Partial<SharedSettings> & {
    /** Remote MCP servers with their header text (the ones switched off are not sent). */
    mcpServers?: readonly McpServerInput[];
    /** The Responses API: what it cannot take becomes notices. */
    api?: ChatApi;
  };

/** Everything the settings ask for, before any model rule: the rules decide what of it is sent. */
function draftRequest(settings: RequestSettings, messages: readonly ConversationMessage[]): ChatRequest {
  const json = isJsonResponse(settings);
  const request: ChatRequest = {
    model: settings.model,
    messages: toChatMessages(settings.system, messages),
    temperature: settings.temperature,
    max_completion_tokens: settings.maxCompletionTokens,
    top_p: settings.topP,
    // JSON answers arrive whole and take no stop sequences (JSON mode's documented limits).
    stream: json ? false : settings.stream,
  };
  if (settings.seed !== null) request.seed = settings.seed;
  if (settings.stop.length > 0 && !json) request.stop = settings.stop;
  if (settings.responseFormat === 'json_object') request.response_format = { type: 'json_object' };
  if (isStructured(settings)) {
    const parsed = parseJsonSchemaSetting(settings.jsonSchema, settings.jsonSchemaStrict);
    // An invalid schema blocks Submit (a problem below); View code shows the rest of the request.
    if (parsed.ok) request.response_format = { type: 'json_schema', json_schema: parsed.format };
  }
  if (settings.serviceTier) request.service_tier = settings.serviceTier;
  if (settings.moderation) request.guard = true;
  if (settings.reasoningEffort) request.reasoning_effort = settings.reasoningEffort;
  if (settings.reasoningFormat) request.reasoning_format = settings.reasoningFormat;
  if (!settings.includeReasoning) request.include_reasoning = false;
  const tools = toApiTools(settings.tools ?? []);
  if (tools.length > 0) {
    request.tool_choice = toApiToolChoice(settings.toolChoice ?? 'auto', tools);
    if (settings.parallelToolCalls === false) request.parallel_tool_calls = false;
  }
  const mcp = mcpRequestTools(settings.mcpServers ?? []).tools;
  const allTools = [...tools, ...builtInTools(settings), ...mcp];
  if (allTools.length > 0) request.tools = allTools;
  Object.assign(request, documentFields(settings));
  return request;
}

/** Problems in what the user typed (not the model's): an invalid schema or tool. */
function settingsProblems(settings: RequestSettings): Problem[] {
  const problems: Problem[] = [];
  const tools = invalidToolsMessage(settings.tools ?? []);
  if (tools) problems.push({ field: 'tools', code: 'tools', message: tools, blocking: true });
  const mcp = mcpRequestTools(settings.mcpServers ?? []).problem;
  if (mcp) problems.push({ field: 'mcpServers', code: 'mcp', message: mcp, blocking: true });
  if (isStructured(settings)) {
    const parsed = parseJsonSchemaSetting(settings.jsonSchema, settings.jsonSchemaStrict);
    if (!parsed.ok) {
      problems.push({
        field: 'jsonSchema',
        code: 'schema',
        message: `${parsed.message} Fix the JSON Schema under Parameters, or choose another Response Format.`,
        blocking: true,
      });
    }
  }
  return problems;
}

export interface ResolvedRequest {
  /** The body as it is sent (and as View code shows it). */
  request: ChatRequest;
  /** Blocking problems (Submit held) and notices (sent differently), in the order to fix them. */
  problems: Problem[];
}

export interface ResolveOptions {
  /** `{{name}}` values; an empty one stays `{{name}}` (Submit refuses it). */
  variables?: VariableValues;
  /** The model as the rules see it (the live list's entry when known); default: the table's. */
  model?: RulesModel;
}

/** The request for these settings and this conversation, and every problem with it. */
export function resolveChatRequest(
  settings: RequestSettings,
  messages: readonly ConversationMessage[],
  { variables = {}, model = rulesModel(settings.model) }: ResolveOptions = {},
): ResolvedRequest {
  const draft = substituteVariables(draftRequest(settings, messages), variables);
  const outcome = applyRules(draft, model);
  const api =
    settings.api === 'responses' ? responsesNotices(responsesBodyFromChat(outcome.request).notSent) : [];
  return {
    request: outcome.request,
    problems: [...settingsProblems(settings), ...outcome.problems, ...api],
  };
}

/** Just the body (share links, tests): `resolveChatRequest(...).request`. */
export function buildChatRequest(
  settings: RequestSettings,
  messages: readonly ConversationMessage[],
  variables: VariableValues = {},
): ChatRequest {
  return resolveChatRequest(settings, messages, { variables }).request;
}

import { substituteVariables, type VariableValues } from '../datasets/variables';
import { capabilitiesOf } from '../models/catalog';
import type { ChatMessage, ChatRequest } from '../schema/chat-request';
import type { ConversationMessage } from './conversation-store';
import { builtInTools, documentFields, type GroundingSettings } from './grounding';
import { isJsonResponse, isStructured, parseJsonSchemaSetting, reasoningFields } from './request-options';
import { INLINE_IMAGE_PLACEHOLDER } from './safe-storage';
import type { Parameters, SettingsState, ToolSettings } from './settings-store';
import { toApiToolChoice, toApiTools } from './tools';

type RequestSettings = Pick<SettingsState, 'model' | 'system'> &
  Parameters &
  Partial<ToolSettings> &
  Partial<GroundingSettings>;

/** The conversation as Groq messages: the system prompt first, empty turns left out. */
export function toChatMessages(system: string, messages: readonly ConversationMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  if (system.trim() !== '') out.push({ role: 'system', content: system });
  for (const m of messages) {
    if (m.role === 'tool') {
      out.push({ role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' });
      continue;
    }
    if (m.role === 'assistant' && m.toolCalls?.length) {
      out.push({ role: 'assistant', content: m.content === '' ? null : m.content, tool_calls: m.toolCalls });
      continue;
    }
    // An uploaded image not kept after a reload cannot be sent again: the turn goes as text.
    const images = m.images?.filter((url) => url !== INLINE_IMAGE_PLACEHOLDER) ?? [];
    if (m.role === 'user' && images.length > 0) {
      const text = m.content.trim() === '' ? [] : [{ type: 'text' as const, text: m.content }];
      const parts = images.map((url) => ({ type: 'image_url' as const, image_url: { url } }));
      out.push({ role: 'user', content: [...text, ...parts] });
      continue;
    }
    if (m.content.trim() === '') continue;
    out.push({ role: m.role, content: m.content });
  }
  return out;
}

/**
 * Exactly the body the playground sends to `/api/chat` (and that View code shows), with `{{name}}`
 * variables filled from `variables` (an empty one stays `{{name}}`: Submit refuses it).
 */
export function buildChatRequest(
  settings: RequestSettings,
  messages: readonly ConversationMessage[],
  variables: VariableValues = {},
): ChatRequest {
  return substituteVariables(buildRequestBody(settings, messages), variables);
}

function buildRequestBody(settings: RequestSettings, messages: readonly ConversationMessage[]): ChatRequest {
  const request: ChatRequest = {
    model: settings.model,
    messages: toChatMessages(settings.system, messages),
    temperature: settings.temperature,
    max_completion_tokens: settings.maxCompletionTokens,
    top_p: settings.topP,
    stream: isJsonResponse(settings) ? false : settings.stream,
  };
  if (settings.seed !== null) request.seed = settings.seed;
  if (settings.stop.length > 0 && !isJsonResponse(settings)) request.stop = settings.stop;
  if (settings.responseFormat === 'json_object') request.response_format = { type: 'json_object' };
  if (isStructured(settings)) {
    const parsed = parseJsonSchemaSetting(settings.jsonSchema, settings.jsonSchemaStrict);
    // An invalid schema blocks Submit (the panel says why); View code shows the rest of the request.
    if (parsed.ok) request.response_format = { type: 'json_schema', json_schema: parsed.format };
  }
  if (settings.serviceTier) request.service_tier = settings.serviceTier;
  if (settings.moderation) request.guard = true;
  Object.assign(request, reasoningFields(settings.model, settings));
  // Structured outputs take no function tools: they stay in the Tools panel, unsent, while it is on.
  const tools = isStructured(settings) ? [] : toApiTools(settings.tools ?? []);
  if (tools.length > 0) {
    request.tool_choice = toApiToolChoice(settings.toolChoice ?? 'auto', tools);
    const parallelSupported = capabilitiesOf(settings.model).parallelTools;
    if (settings.parallelToolCalls === false || !parallelSupported) request.parallel_tool_calls = false;
  }
  // Built-in tools run on Groq's side, so JSON Schema (which forbids only function tools) keeps them.
  const allTools = [...tools, ...builtInTools(settings.model, settings)];
  if (allTools.length > 0) request.tools = allTools;
  Object.assign(request, documentFields(settings));
  return request;
}

/** Every image the composer would attach on Submit: uploads first, then the Image URL field. */
export function draftImageList(state: { draftImages: readonly string[]; draftImageUrl: string }): string[] {
  const typed = state.draftImageUrl.trim();
  return typed === '' ? [...state.draftImages] : [...state.draftImages, typed];
}

/** The conversation plus the composer's unsent text and images, as Submit would send it. */
export function withDraft(
  messages: readonly ConversationMessage[],
  draft: string,
  images: readonly string[],
): ConversationMessage[] {
  if (draft.trim() === '' && images.length === 0) return [...messages];
  const turn: ConversationMessage = { id: 'draft', role: 'user', content: draft };
  if (images.length > 0) turn.images = [...images];
  return [...messages, turn];
}

/**
 * Pure selectors over the playground state. `selectPendingRequest` is the one place a request is
 * assembled: Submit, Regenerate, View code, the vision gate, share links and (later) a dataset row
 * all read it, so what they show is what is sent.
 */
import {
  substituteVariables,
  unfilledVariables,
  unfilledVariablesMessage,
  VARIABLES_FIELD,
  type VariableValues,
} from '../datasets/variables';
import { capabilitiesOf, findCatalogModel } from '../models/catalog';
import type { ChatRequest } from '../schema/chat-request';
import { toChatMessages } from './chat-messages';
import type { ConversationMessage } from './conversation-slice';
import { builtInTools, documentFields } from './grounding';
import type { PlaygroundState } from './playground-types';
import { isJsonResponse, isStructured, parseJsonSchemaSetting, reasoningFields } from './request-options';
import { isChatRun } from './run';
import type { PaneSettings, SharedSettings } from './settings-slice';
import { invalidToolsMessage, toApiToolChoice, toApiTools } from './tools';
import { type VisionProblemKind, visionProblems } from './vision-checks';

type RequestSettings = Pick<SharedSettings, 'system'> & Omit<PaneSettings, 'id'> & Partial<SharedSettings>;

/**
 * The body for one pane's settings and a conversation (no validation: see selectPendingRequest), with
 * `{{name}}` variables filled from `variables` (an empty one stays `{{name}}`: Submit refuses it).
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
  // Structured outputs take no tools (Groq docs): they stay in the Tools panel, unsent, while it is on.
  const structured = isStructured(settings);
  const tools = structured ? [] : toApiTools(settings.tools ?? []);
  if (tools.length > 0) {
    request.tool_choice = toApiToolChoice(settings.toolChoice ?? 'auto', tools);
    const parallelSupported = capabilitiesOf(settings.model).parallelTools;
    if (settings.parallelToolCalls === false || !parallelSupported) request.parallel_tool_calls = false;
  }
  const allTools = structured ? [] : [...tools, ...builtInTools(settings.model, settings)];
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

type ThreadState = Pick<PlaygroundState, 'compare' | 'syncChat' | 'panes' | 'paneThreads'>;

/** Where pane `pane`'s history lives: null = `messages` (pane 1, the single view, or Sync chat off). */
export function threadKey(s: ThreadState, pane: number): string | null {
  if (pane === 0 || !s.compare || !s.syncChat) return null;
  return s.panes[pane]?.id ?? null;
}

/** The history pane `pane` sends (its own copy, or the shared one). */
export function selectThread(s: ThreadState & Pick<PlaygroundState, 'messages'>, pane: number) {
  const key = threadKey(s, pane);
  return key === null ? s.messages : (s.paneThreads[key] ?? s.messages);
}

/** Which panes run on Submit: every pane while comparing, else pane 1. */
export function activePanes(s: Pick<PlaygroundState, 'compare' | 'panes'>): number[] {
  return s.compare ? s.panes.map((_, i) => i) : [0];
}

export function selectPane(s: Pick<PlaygroundState, 'panes'>, pane: number): PaneSettings {
  return s.panes[pane] ?? (s.panes[0] as PaneSettings);
}

export type RequestProblemKind =
  | VisionProblemKind
  | 'tools'
  | 'schema'
  | 'field'
  | 'no-model'
  | 'empty'
  | 'variables';
export interface RequestProblem {
  kind: RequestProblemKind;
  message: string;
}

export interface PendingRequest {
  request: ChatRequest;
  /** Why it cannot be sent as it stands; empty when it can. */
  problems: RequestProblem[];
}

export interface PendingOptions {
  /** Submit adds the composer's text and images as a user turn (Regenerate and Retry do not). */
  includeDraft?: boolean;
  /** Regenerate: the last answer is left out (a prefilled one goes back to its prefix). */
  regenerate?: boolean;
  /**
   * `{{name}}` values (the Variables panel for Submit, a row's for Run all and Submit batch). Given,
   * the request itself is checked for an unfilled variable (and the panel's field problem is not
   * repeated); left out, nothing is substituted (View code of the template).
   */
  variables?: VariableValues;
}

/** The history without its last answer, as Regenerate would send it. */
export function withoutLastAnswer(messages: readonly ConversationMessage[]): ConversationMessage[] {
  const last = messages.at(-1);
  if (last?.role !== 'assistant' || !last.answer) return [...messages];
  if (last.answer.prefill !== undefined) {
    return [...messages.slice(0, -1), { id: last.id, role: last.role, content: last.answer.prefill }];
  }
  return messages.slice(0, -1);
}

/** The exact request pane `pane` would send now, and every reason it cannot be sent. */
export function selectPendingRequest(
  s: PlaygroundState,
  pane: number,
  { includeDraft = true, regenerate = false, variables }: PendingOptions = {},
): PendingRequest {
  const settings = selectPane(s, pane);
  let messages: ConversationMessage[] = [...selectThread(s, pane)];
  if (regenerate) messages = withoutLastAnswer(messages);
  if (includeDraft) messages = withDraft(messages, s.draft, draftImageList(s));
  const request = buildChatRequest(
    {
      ...settings,
      system: s.system,
      tools: s.tools,
      toolChoice: s.toolChoice,
      parallelToolCalls: s.parallelToolCalls,
      browserSearch: s.browserSearch,
      codeExecution: s.codeExecution,
      documents: s.documents,
      citations: s.citations,
    },
    messages,
    variables,
  );
  const problems: RequestProblem[] = [];
  const tools = invalidToolsMessage(s.tools);
  if (tools) problems.push({ kind: 'tools', message: tools });
  if (isStructured(settings)) {
    const parsed = parseJsonSchemaSetting(settings.jsonSchema, settings.jsonSchemaStrict);
    if (!parsed.ok) {
      problems.push({
        kind: 'schema',
        message: `${parsed.message} Fix the JSON Schema under Parameters, or choose another Response Format.`,
      });
    }
  }
  for (const [field, message] of Object.entries(s.fieldProblems)) {
    if (variables !== undefined && field === VARIABLES_FIELD) continue;
    problems.push({ kind: 'field', message: `${field}: ${message} Fix it under Parameters.` });
  }
  if (settings.model === '') problems.push({ kind: 'no-model', message: 'No model is selected yet.' });
  if (!request.messages.some((m) => m.role !== 'system')) {
    problems.push({ kind: 'empty', message: 'There is no message to send: write one first.' });
  }
  const unfilled = variables === undefined ? null : unfilledVariablesMessage(unfilledVariables(request));
  if (unfilled) problems.push({ kind: 'variables', message: unfilled });
  problems.push(...visionProblems(findCatalogModel(request.model), request));
  return { request, problems };
}

/** Whether any answer is streaming (in any pane). */
export function selectStreaming(s: Pick<PlaygroundState, 'runs'>): boolean {
  return Object.values(s.runs).some((run) => isChatRun(run) && run.status === 'running');
}

/** Whether pane `paneId` has an answer streaming. */
export function selectPaneStreaming(s: Pick<PlaygroundState, 'runs'>, paneId: string): boolean {
  return Object.values(s.runs).some(
    (run) => isChatRun(run) && run.scope === paneId && run.status === 'running',
  );
}

/** The messages pane `pane` shows: its history, then its answer waiting to be kept (Sync chat off). */
export function selectPaneMessages(s: PlaygroundState, pane: number): readonly ConversationMessage[] {
  const thread = selectThread(s, pane);
  const candidate = s.candidates[selectPane(s, pane).id];
  return candidate ? [...thread, candidate] : thread;
}

/** The parameters in which pane `pane` differs from pane 1, as "Temperature 0.2". */
export function selectDifferences(s: Pick<PlaygroundState, 'panes'>, pane: number): string[] {
  const base = s.panes[0];
  const other = s.panes[pane];
  if (!base || !other || pane === 0) return [];
  const labels: [keyof PaneSettings, string][] = [
    ['temperature', 'Temperature'],
    ['maxCompletionTokens', 'Max Completion Tokens'],
    ['topP', 'Top P'],
    ['seed', 'Seed'],
    ['reasoningEffort', 'Reasoning Effort'],
    ['reasoningFormat', 'Reasoning Format'],
    ['includeReasoning', 'Include Reasoning'],
    ['responseFormat', 'Response Format'],
    ['serviceTier', 'Service Tier'],
    ['stream', 'Stream'],
    ['moderation', 'Moderation'],
  ];
  const out: string[] = [];
  for (const [key, label] of labels) {
    if (JSON.stringify(base[key]) !== JSON.stringify(other[key]))
      out.push(`${label} ${String(other[key] ?? 'default')}`);
  }
  if (JSON.stringify(base.stop) !== JSON.stringify(other.stop)) out.push('Stop Sequences');
  return out;
}

/**
 * Pure selectors over the playground state. `selectPendingRequest` gathers what a pane would send and
 * hands it to the one request builder (lib/chat/build-request, which applies lib/rules): Submit,
 * Regenerate, View code, the vision gate and dataset rows all read it, so what they show is what is sent.
 */
import { resolveChatRequest } from '../chat/build-request';
import {
  unfilledVariables,
  unfilledVariablesMessage,
  VARIABLES_FIELD,
  type VariableValues,
} from '../datasets/variables';
import { mcpServerInputs } from '../mcp/settings';
import { rulesModel } from '../rules/model';
import { blockingProblems, notices, type Problem } from '../rules/problem';
import type { ChatRequest } from '../schema/chat-request';
import type { ConversationMessage } from './conversation-slice';
import type { PlaygroundState } from './playground-types';
import { isChatRun } from './run';
import type { PaneSettings, SharedSettings } from './settings-slice';

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

/** Why a request cannot be sent, or how it is sent differently (lib/rules' problem shape). */
export type RequestProblem = Problem;

export interface PendingRequest {
  request: ChatRequest;
  /** Why it cannot be sent as it stands; empty when it can. */
  problems: RequestProblem[];
  /** How it is sent differently from the settings (Raw sent as Parsed, max tokens lowered…). */
  notices: RequestProblem[];
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

/** The exact request pane `pane` would send now, every reason it cannot be sent, and its notices. */
export function selectPendingRequest(
  s: PlaygroundState,
  pane: number,
  { includeDraft = true, regenerate = false, variables }: PendingOptions = {},
): PendingRequest {
  const settings = selectPane(s, pane);
  let messages: ConversationMessage[] = [...selectThread(s, pane)];
  if (regenerate) messages = withoutLastAnswer(messages);
  if (includeDraft) messages = withDraft(messages, s.draft, draftImageList(s));
  const resolved = resolveChatRequest(
    { ...settings, ...selectSharedSettings(s), ...selectAgents(s) },
    messages,
    {
      variables,
      model: rulesModel(settings.model),
    },
  );
  const { request } = resolved;
  const problems: RequestProblem[] = [];
  const block = (field: Problem['field'], code: string, message: string) =>
    problems.push({ field, code, message, blocking: true });
  for (const [field, message] of Object.entries(s.fieldProblems)) {
    if (variables !== undefined && field === VARIABLES_FIELD) continue;
    block('request', 'field', `${field}: ${message} Fix it under Parameters.`);
  }
  if (settings.model === '') block('model', 'no-model', 'No model is selected yet.');
  if (!request.messages.some((m) => m.role !== 'system')) {
    block('messages', 'empty', 'There is no message to send: write one first.');
  }
  const unfilled = variables === undefined ? null : unfilledVariablesMessage(unfilledVariables(request));
  if (unfilled) block('variables', 'variables', unfilled);
  const ruled = blockingProblems(resolved.problems);
  // Settings problems (tools, schema) first, as before; then typed fields; then the model's rules.
  const typed = ruled.filter((p) => p.code === 'tools' || p.code === 'schema');
  const rest = ruled.filter((p) => p.code !== 'tools' && p.code !== 'schema');
  return { request, problems: [...typed, ...problems, ...rest], notices: notices(resolved.problems) };
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

/**
 * The request View code shows for a pane: what Submit would send once there is something to send
 * (a message typed, an image attached); right after an answer, with nothing new, the request that
 * produced that answer, as it was sent — not a request that would continue the conversation
 * without a new message.
 */
export function selectCodeRequest(
  state: PlaygroundState,
  pane: number,
  variables: Record<string, string>,
): ChatRequest {
  const last = selectPaneMessages(state, pane).at(-1);
  const nothingNew = state.draft.trim() === '' && state.draftImages.length === 0;
  if (nothingNew && last?.role === 'assistant' && last.answer?.request) return last.answer.request;
  return selectPendingRequest(state, pane, { variables }).request;
}

/** The settings every pane shares (system prompt, tools, built-in tools, documents), as one object. */
export function selectSharedSettings(s: SharedSettings): SharedSettings {
  return {
    system: s.system,
    tools: s.tools,
    toolChoice: s.toolChoice,
    parallelToolCalls: s.parallelToolCalls,
    browserSearch: s.browserSearch,
    codeExecution: s.codeExecution,
    documents: s.documents,
    citations: s.citations,
  };
}

/** The MCP servers (headers joined back in) and the API, as the request builder takes them. */
export function selectAgents(s: Pick<PlaygroundState, 'mcpServers' | 'mcpHeaders' | 'chatApi'>) {
  return { mcpServers: mcpServerInputs(s.mcpServers, s.mcpHeaders), api: s.chatApi };
}

import type { ChatRunsSlice } from './chat-runs-slice';
import type { CompareSlice } from './compare-slice';
import type { ConversationSlice } from './conversation-slice';
import type { DatasetSlice } from './dataset-slice';
import type { EvalSlice } from './eval-slice';
import type { FieldProblemsSlice } from './field-problems';
import type { HistorySlice } from './history-slice';
import type { McpSlice } from './mcp-slice';
import type { ModelLinkSlice } from './model-link-slice';
import type { RunsSlice } from './runs-slice';
import type { SettingsSlice } from './settings-slice';
import type { SttSlice } from './stt-slice';
import type { TtsSlice } from './tts-slice';

/**
 * The one playground store: settings, conversation, runs, compare layout, field problems, the dataset,
 * Speech to Text and Text to Speech.
 */
export type PlaygroundState = SettingsSlice &
  ConversationSlice &
  RunsSlice &
  ChatRunsSlice &
  CompareSlice &
  FieldProblemsSlice &
  DatasetSlice &
  SttSlice &
  TtsSlice &
  ModelLinkSlice &
  EvalSlice &
  McpSlice &
  HistorySlice;

/** The store's `get` and `set`, as slices hand them to action code that lives in its own module. */
export type StoreGet = () => PlaygroundState;
export type StoreSet = (
  partial: Partial<PlaygroundState> | ((s: PlaygroundState) => Partial<PlaygroundState>),
) => void;

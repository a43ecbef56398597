import type { ChatRunsSlice } from './chat-runs-slice';
import type { CompareSlice } from './compare-slice';
import type { ConversationSlice } from './conversation-slice';
import type { DatasetSlice } from './dataset-slice';
import type { FieldProblemsSlice } from './field-problems';
import type { RunsSlice } from './runs-slice';
import type { SettingsSlice } from './settings-slice';

/** The one playground store: settings, conversation, runs, compare layout, field problems and the dataset. */
export type PlaygroundState = SettingsSlice &
  ConversationSlice &
  RunsSlice &
  ChatRunsSlice &
  CompareSlice &
  FieldProblemsSlice &
  DatasetSlice;

/**
 * The one playground store, built from slices in the lobe-chat style. Components read single fields
 * (or `useShallow`); pure selectors live in `selectors.ts`; tests reset with `getInitialState()`.
 * Speech and Text to Speech keep their own stores: they share nothing with chat and are saved apart.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createChatRunsSlice } from './chat-runs-slice';
import { createCompareSlice } from './compare-slice';
import { createConversationSlice } from './conversation-slice';
import { createDatasetSlice } from './dataset-slice';
import { createEvalSlice } from './eval-slice';
import { createFieldProblemsSlice } from './field-problems';
import { createHistorySlice } from './history-slice';
import { createMcpSlice } from './mcp-slice';
import { createModelLinkSlice } from './model-link-slice';
import {
  mergePlayground,
  migrateSaved,
  partializePlayground,
  playgroundStorage,
  STORE_KEY,
  STORE_VERSION,
} from './persisted-state';
import type { PlaygroundState } from './playground-types';
import { createRunsSlice } from './runs-slice';
import { createSettingsSlice } from './settings-slice';
import { createSttSlice } from './stt-slice';
import { createTtsSlice } from './tts-slice';
import { withTurnTree } from './turn-tree';

export type { PlaygroundState };

export const usePlaygroundStore = create<PlaygroundState>()(
  persist(
    withTurnTree((...a) => ({
      ...createSettingsSlice(...a),
      ...createConversationSlice(...a),
      ...createRunsSlice(...a),
      ...createChatRunsSlice(...a),
      ...createCompareSlice(...a),
      ...createFieldProblemsSlice(...a),
      ...createDatasetSlice(...a),
      ...createSttSlice(...a),
      ...createTtsSlice(...a),
      ...createModelLinkSlice(...a),
      ...createEvalSlice(...a),
      ...createMcpSlice(...a),
      ...createHistorySlice(...a),
    })),
    {
      name: STORE_KEY,
      version: STORE_VERSION,
      migrate: migrateSaved,
      merge: mergePlayground,
      storage: playgroundStorage(),
      // Rehydrated by the playground after mount, so server and first client render agree.
      skipHydration: true,
      partialize: partializePlayground,
    },
  ),
);

'use client';

/** The composer's vision hooks and actions: the send gate and "Move system prompt into message". */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { modelsQueryOptions } from '../client/models-query';
import { useSelectedModel } from '../client/use-selected-model';
import { type RulesModel, rulesModel } from '../rules/model';
import type { Problem } from '../rules/problem';

/** An unknown model may take images (Groq decides); a known one if the table says so. */
const takesImages = (model: RulesModel) => !model.known || model.capabilities.vision;

import { usePlaygroundStore } from '../store/playground-store';
import type { PlaygroundState } from '../store/playground-types';
import {
  activePanes,
  draftImageList,
  selectPane,
  selectPendingRequest,
  selectThread,
} from '../store/selectors';
import { pickVisionModel, prependText } from './vision-model';

export interface VisionGate {
  model: RulesModel;
  modelName: string;
  /** False for a model known to take no images (any pane's, while comparing). */
  acceptsImages: boolean;
  /** Why the request Submit would send right now cannot be sent (empty: it can). */
  problems: Problem[];
}

const VISION_CODES = new Set(['not-vision', 'too-many-images', 'system-with-image', 'too-large']);

/** The vision problems of every pane Submit would run, as a string so streaming re-renders nothing. */
function visionKey(s: PlaygroundState): string {
  const panes = activePanes(s);
  // Only turns with images raise vision problems: without any, skip building requests at all.
  const hasImages =
    draftImageList(s).length > 0 ||
    panes.some((pane) => selectThread(s, pane).some((m) => (m.images?.length ?? 0) > 0));
  if (!hasImages) return '[]';
  const problems = panes.flatMap((pane) =>
    selectPendingRequest(s, pane)
      .problems.filter((p) => VISION_CODES.has(p.code))
      .map((p) => (s.compare ? { ...p, message: `Pane ${pane + 1}: ${p.message}` } : p)),
  );
  return JSON.stringify(problems);
}

export function useVisionGate(): VisionGate {
  const modelId = usePlaygroundStore((s) => selectPane(s, 0).model);
  const model = rulesModel(modelId, useSelectedModel());
  const otherPaneRefuses = usePlaygroundStore((s) =>
    activePanes(s).some((pane) => !takesImages(rulesModel(selectPane(s, pane).model))),
  );
  const key = usePlaygroundStore(visionKey);
  const problems = useMemo(() => JSON.parse(key) as Problem[], [key]);
  return {
    model,
    modelName: model.name,
    acceptsImages: takesImages(model) && !otherPaneRefuses,
    problems,
  };
}

/** Selects the preferred vision model (or the live list's first) in pane 1. */
export function useSwitchToVisionModel(): () => void {
  const { data } = useQuery(modelsQueryOptions);
  return () => {
    const id = pickVisionModel(data?.data);
    usePlaygroundStore.getState().setModel(
      0,
      id,
      data?.data.find((m) => m.id === id),
    );
  };
}

/**
 * Puts the system prompt at the start of the first user turn that carries an image (the composer's
 * draft when no earlier turn does) and clears the System field.
 */
export function moveSystemPromptIntoMessage(): void {
  const state = usePlaygroundStore.getState();
  const system = state.system.trim();
  if (system === '') return;
  const target = state.messages.find((m) => m.role === 'user' && (m.images?.length ?? 0) > 0);
  if (target) {
    const content = prependText(system, target.content);
    // The turn is a copy in every pane's history: each copy gets the prompt.
    state.panes.forEach((_, pane) => {
      state.updateContent(target.id, content, pane);
    });
  } else state.setDraft(prependText(system, state.draft));
  usePlaygroundStore.getState().setSystem('');
}

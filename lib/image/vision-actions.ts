'use client';

/** The composer's vision gate: whether the model takes images, and why Submit would be held back. */
import { useMemo } from 'react';
import { type RulesModel, rulesModel } from '../rules/model';
import type { Problem } from '../rules/problem';
import { useSelectedModel } from '../store/use-selected-model';

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

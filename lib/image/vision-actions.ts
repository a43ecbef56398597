'use client';

/** The composer's vision hooks and actions: the send gate and "Move system prompt into message". */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { modelsQueryOptions } from '../client/models-query';
import { useSelectedModel } from '../client/use-selected-model';
import type { CatalogModel } from '../models/catalog';
import { useConversationStore } from '../store/conversation-store';
import { buildChatRequest, draftImageList, withDraft } from '../store/selectors';
import { useSettingsStore } from '../store/settings-store';
import { type VisionProblem, visionProblems } from '../store/vision-checks';
import { pickVisionModel, prependText, resolveVisionModel } from './vision-model';

export interface VisionGate {
  model: CatalogModel | undefined;
  modelName: string;
  /** False for a model known to take no images. */
  acceptsImages: boolean;
  /** Why the request Submit would send right now cannot be sent (empty: it can). */
  problems: VisionProblem[];
}

export function useVisionGate(): VisionGate {
  const modelId = useSettingsStore((s) => s.model);
  useSettingsStore((s) => s.system); // re-check when the system prompt changes
  const model = resolveVisionModel(useSelectedModel(), modelId);
  // A string snapshot, so streaming tokens re-render nothing unless the problems change.
  // Only turns with images can raise vision problems: the rest (a long streaming answer, say) is
  // left out so this stays cheap on every store update.
  const key = useConversationStore((s) => {
    const images = draftImageList(s);
    const imageTurns = s.messages.filter((m) => (m.images?.length ?? 0) > 0);
    if (imageTurns.length === 0 && images.length === 0) return '[]';
    const request = buildChatRequest(useSettingsStore.getState(), withDraft(imageTurns, s.draft, images));
    return JSON.stringify(visionProblems(model, request));
  });
  const problems = useMemo(() => JSON.parse(key) as VisionProblem[], [key]);
  return {
    model,
    modelName: model?.name ?? modelId,
    acceptsImages: model === undefined || model.capabilities.vision,
    problems,
  };
}

/** Selects the preferred vision model (or the live list's first). */
export function useSwitchToVisionModel(): () => void {
  const { data } = useQuery(modelsQueryOptions);
  return () => useSettingsStore.getState().setModel(pickVisionModel(data?.data));
}

/**
 * Puts the system prompt at the start of the first user turn that carries an image (the composer's
 * draft when no earlier turn does) and clears the System field.
 */
export function moveSystemPromptIntoMessage(): void {
  const settings = useSettingsStore.getState();
  const system = settings.system.trim();
  if (system === '') return;
  const conversation = useConversationStore.getState();
  const target = conversation.messages.find((m) => m.role === 'user' && (m.images?.length ?? 0) > 0);
  if (target) conversation.updateContent(target.id, prependText(system, target.content));
  else conversation.setDraft(prependText(system, conversation.draft));
  settings.setSystem('');
}

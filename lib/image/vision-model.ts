/** Which model "Switch to a vision model" picks. Pure. */
import type { ModelInfo } from '../models/model-info';

/** "Switch to a vision model" picks the first of these the live list has, else any known vision model. */
export const PREFERRED_VISION_MODELS = ['qwen/qwen3.8-27b', 'llama-3.2-11b-vision-preview'] as const;
export const PREFERRED_VISION_MODEL = PREFERRED_VISION_MODELS[0];

/** The preferred vision model the live list has (or the first while it loads), else its first known one. */
export function pickVisionModel(models: readonly ModelInfo[] | undefined): string {
  if (!models) return PREFERRED_VISION_MODEL;
  const vision = models.filter((m) => m.kind === 'chat' && m.inCatalog && m.capabilities.vision && m.active);
  const preferred = PREFERRED_VISION_MODELS.find((id) => vision.some((m) => m.id === id));
  return preferred ?? vision[0]?.id ?? PREFERRED_VISION_MODEL;
}

/** Which catalog entry the vision checks use, and which model "Switch to a vision model" picks. Pure. */
import { type CatalogModel, findCatalogModel } from '../models/catalog';
import type { ModelInfo } from '../models/model-info';

export const PREFERRED_VISION_MODEL = 'llama-3.2-11b-vision-preview';

/**
 * The live list's entry when the catalog knows the model; the catalog's while the list loads. A model
 * only the live list knows has guessed limits, so it is left unchecked (undefined), as the server does.
 */
export function resolveVisionModel(live: ModelInfo | undefined, id: string): CatalogModel | undefined {
  if (live) return live.inCatalog ? live : undefined;
  return findCatalogModel(id);
}

/** The preferred vision preview if the live list has it (or has not loaded), else its first vision model. */
export function pickVisionModel(models: readonly ModelInfo[] | undefined): string {
  if (!models) return PREFERRED_VISION_MODEL;
  const vision = models.filter((m) => m.kind === 'chat' && m.capabilities.vision && m.active);
  if (vision.some((m) => m.id === PREFERRED_VISION_MODEL)) return PREFERRED_VISION_MODEL;
  return vision[0]?.id ?? PREFERRED_VISION_MODEL;
}

/** `text` with `prefix` put before it, a blank line between (just `prefix` when `text` is empty). */
export function prependText(prefix: string, text: string): string {
  return text.trim() === '' ? prefix : `${prefix}\n\n${text}`;
}

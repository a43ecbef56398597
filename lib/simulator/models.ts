/** GET /openai/v1/models and /openai/v1/models/{id}: the era's lineup, with its limits. */
import type { CatalogModel } from '../models/catalog';
import { modelNotFound } from './errors';
import { eraModels, findEraModel, type SimulatorEra } from './lineups';

/** Creation times as in the API reference's sample list; everything else uses the common one. */
const CREATED: Record<string, number> = {
  'llama-3.2-90b-vision-preview': 1727226914,
  'llama-3.2-11b-vision-preview': 1727226869,
  'whisper-large-v3-turbo': 1728413088,
  'llama-3.2-3b-preview': 1727224290,
  'llama-3.2-1b-preview': 1727224268,
};
const DEFAULT_CREATED = 1693721698;

/** owned_by as the sample list spells it. */
const OWNERS: Record<string, string> = { HuggingFace: 'Hugging Face', Mistral: 'Mistral AI' };

/** The models API reports 448 (Whisper's decoder context) for speech models. */
export const SPEECH_CONTEXT_WINDOW = 448;

export interface ModelObject {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  active: true;
  context_window: number;
  /** Groq returns it today; the 2024 API did not. */
  max_completion_tokens?: number;
  public_apps: null;
}

export function modelObject(model: CatalogModel, era: SimulatorEra = 'today'): ModelObject {
  const withMax =
    era === 'today' && (model.kind === 'chat' || model.kind === 'guard' || model.kind === 'tts');
  return {
    id: model.id,
    object: 'model',
    created: CREATED[model.id] ?? DEFAULT_CREATED,
    owned_by: OWNERS[model.developer] ?? model.developer,
    active: true,
    context_window: model.kind === 'speech' ? SPEECH_CONTEXT_WINDOW : model.contextWindow,
    ...(withMax ? { max_completion_tokens: model.maxCompletionTokens } : {}),
    public_apps: null,
  };
}

export function listModels(era: SimulatorEra): { object: 'list'; data: ModelObject[] } {
  return { object: 'list', data: eraModels(era).map((model) => modelObject(model, era)) };
}

export function retrieveModel(era: SimulatorEra, id: string): ModelObject {
  const model = findEraModel(era, id);
  if (!model) throw modelNotFound(id);
  return modelObject(model, era);
}

/**
 * Which models the simulator serves: today's self-serve lineup (default) or the November 2024 one
 * (`SIMULATOR_ERA=2024`), so older share links and the 2024 constraints stay testable. Capabilities
 * come from the shared capability table; the 2024 era restores the limits of its time.
 */
import { type CatalogModel, findCatalogModel } from '../models/catalog';

export type SimulatorEra = 'today' | '2024';

const TODAY = [
  'openai/gpt-oss-120b',
  'openai/gpt-oss-20b',
  'qwen/qwen3.8-27b',
  'openai/gpt-oss-safeguard-20b',
  'meta-llama/llama-prompt-guard-2-22m',
  'meta-llama/llama-prompt-guard-2-86m',
  'whisper-large-v3',
  'whisper-large-v3-turbo',
  'canopylabs/orpheus-v1-english',
  'canopylabs/orpheus-arabic-saudi',
];

const NOVEMBER_2024 = [
  'distil-whisper-large-v3-en',
  'gemma2-9b-it',
  'gemma-7b-it',
  'llama3-groq-70b-8192-tool-use-preview',
  'llama3-groq-8b-8192-tool-use-preview',
  'llama-3.1-70b-versatile',
  'llama-3.1-70b-specdec',
  'llama-3.1-8b-instant',
  'llama-3.2-1b-preview',
  'llama-3.2-3b-preview',
  'llama-3.2-11b-vision-preview',
  'llama-3.2-90b-vision-preview',
  'llama-guard-3-8b',
  'llama3-70b-8192',
  'llama3-8b-8192',
  'mixtral-8x7b-32768',
  // Served from January 2025; kept so reasoning_format stays testable in this era.
  'deepseek-r1-distill-llama-70b',
  'whisper-large-v3',
  'whisper-large-v3-turbo',
];

function lineup(ids: readonly string[], era: SimulatorEra) {
  return ids.map((id) => {
    const model = findCatalogModel(id);
    if (!model) throw new Error(`simulator lineup names ${id}, which the capability table lacks`);
    // The 2024 era enforces the limits documented then.
    const legacy = era === '2024' ? model.legacyMaxCompletionTokens : undefined;
    return legacy ? { ...model, maxCompletionTokens: legacy } : model;
  });
}

const LINEUPS: Record<SimulatorEra, readonly CatalogModel[]> = {
  today: lineup(TODAY, 'today'),
  '2024': lineup(NOVEMBER_2024, '2024'),
};

export function eraModels(era: SimulatorEra): readonly CatalogModel[] {
  return LINEUPS[era];
}

/** The model as this era serves it, or undefined (a 404 `model_not_found`, as Groq answers retired ids). */
export function findEraModel(era: SimulatorEra, id: string): CatalogModel | undefined {
  return LINEUPS[era].find((m) => m.id === id);
}

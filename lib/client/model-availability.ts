/**
 * Whether the selected model can be used on this server, from the live list: the live list is the
 * truth. A saved, shared or linked id the server lacks is named (retired, with its date when Groq's
 * deprecations list it) and a live replacement of the same kind is offered; nothing is sent to it
 * meanwhile. Pure. Chat, Speech to Text and Text to Speech each ask about their own kind.
 */
import { describeRetirement, findCatalogModel, findRetirement } from '../models/catalog';
import { liveChatModels, type ModelInfo, pickDefaultChatModel } from '../models/model-info';

export type ModelAvailability =
  | { status: 'loading' }
  | { status: 'live'; info: ModelInfo }
  | { status: 'unavailable'; message: string; replacement: string | null };

type Kind = 'chat' | 'speech' | 'tts';

const KIND_NAMES: Record<Kind, string> = {
  chat: 'chat',
  speech: 'speech-to-text',
  tts: 'text-to-speech',
};

export function modelAvailability(
  model: string,
  models: readonly ModelInfo[] | undefined,
  kind: Kind = 'chat',
): ModelAvailability {
  if (!models || model === '') return { status: 'loading' };
  const live = kind === 'chat' ? liveChatModels(models) : models.filter((m) => m.kind === kind && m.active);
  const info = live.find((m) => m.id === model);
  if (info) return { status: 'live', info };
  const other = models.find((m) => m.id === model);
  const retirement = findRetirement(model);
  const suggested = retirement?.replacements.map((r) => r.id).find((id) => live.some((m) => m.id === id));
  // None of Groq's replacements served here (an older lineup): keep what the model was for — a vision
  // model (itself, or every replacement Groq names, is one) gets a live vision model if there is one.
  const vision =
    findCatalogModel(model)?.capabilities.vision === true ||
    (retirement !== undefined &&
      retirement.replacements.length > 0 &&
      retirement.replacements.every((r) => findCatalogModel(r.id)?.capabilities.vision === true));
  const alike = vision ? live.find((m) => m.capabilities.vision)?.id : undefined;
  const replacement =
    suggested ?? alike ?? (kind === 'chat' ? pickDefaultChatModel(models) : (live[0]?.id ?? null));
  const what = KIND_NAMES[kind];
  const message =
    other && other.kind !== kind
      ? `${model} is not a ${what} model (${other.kind}); pick a ${what} model to send.`
      : describeRetirement(model, { suggest: false });
  const none = live.length === 0 ? ` This server lists no ${what} models.` : '';
  return {
    status: 'unavailable',
    message: `${message}${none} Nothing is sent until you pick a live model.`,
    replacement,
  };
}

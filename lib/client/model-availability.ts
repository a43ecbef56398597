/**
 * Whether the selected model can be used on this server, from the live list: the live list is the
 * truth. A saved, shared or linked id the server lacks is named (retired, with its date when Groq's
 * deprecations list it) and a live replacement is offered; nothing is sent to it meanwhile. Pure.
 */
import { describeRetirement, findRetirement } from '../models/catalog';
import { liveChatModels, type ModelInfo, pickDefaultChatModel } from '../models/model-info';

export type ModelAvailability =
  | { status: 'loading' }
  | { status: 'live'; info: ModelInfo }
  | { status: 'unavailable'; message: string; replacement: string | null };

export function modelAvailability(
  model: string,
  models: readonly ModelInfo[] | undefined,
): ModelAvailability {
  if (!models || model === '') return { status: 'loading' };
  const chat = liveChatModels(models);
  const info = chat.find((m) => m.id === model);
  if (info) return { status: 'live', info };
  const other = models.find((m) => m.id === model);
  const retirement = findRetirement(model);
  const suggested = retirement?.replacements.map((r) => r.id).find((id) => chat.some((m) => m.id === id));
  const replacement = suggested ?? pickDefaultChatModel(models);
  const message = other
    ? `${model} is not a chat model (${other.kind}); pick a chat model to send.`
    : retirement
      ? describeRetirement(model).replace(/ Use .* instead\.$| Groq names no replacement\.$/, '')
      : `${model} is not offered by this server.`;
  return {
    status: 'unavailable',
    message: `${message} Nothing is sent until you pick a live model.`,
    replacement,
  };
}

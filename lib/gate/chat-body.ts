import 'server-only';
import type { Parsed } from '../errors';
import { currentGuardModel, type GuardChoice, peekLiveModel } from '../groq/models';
import type { CatalogModel } from '../models/catalog';
import { parseChatRequestForModel } from '../rules/parse-chat-request';
import type { ChatRequest } from '../schema/chat-request';

export interface GatedChat {
  body: ChatRequest;
  /** The live list's entry for the model, when the server has the list cached. */
  live: CatalogModel | undefined;
  /** The guard model Moderation would use (looked up only when the body asks for it). */
  guardModel: GuardChoice;
}

/**
 * The chat route's schema step: limits come from the live list when the server has seen it (no
 * extra upstream call), else from the capability table.
 */
export async function parseGatedChat(value: unknown): Promise<Parsed<GatedChat>> {
  const id = typeof value === 'object' && value !== null ? Reflect.get(value, 'model') : undefined;
  const live = typeof id === 'string' ? await peekLiveModel(id).catch(() => undefined) : undefined;
  const parsed = parseChatRequestForModel(value, live);
  if (!parsed.ok) return parsed;
  const guardModel = parsed.data.guard ? await currentGuardModel() : { model: null, reason: null };
  return { ok: true, data: { body: parsed.data, live, guardModel } };
}

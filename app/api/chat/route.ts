import { invalidRequest } from '@/lib/errors';
import { proxyChat } from '@/lib/groq/chat';
import { errorResponse } from '@/lib/groq/errors';
import { currentGuardModel, peekLiveModel } from '@/lib/groq/models';
import { findCatalogModel } from '@/lib/models/catalog';
import { decodeJsonBody, parseChatRequestForModel } from '@/lib/rules/parse-chat-request';
import { checkJsonDepth } from '@/lib/security/body';
import { admit, openGate, readLimitedText } from '@/lib/security/gate';
import { moderationTokens } from '@/lib/security/moderation-cost';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Long answers from slow models can stream for minutes. */
export const maxDuration = 300;

export async function POST(request: Request): Promise<Response> {
  const gate = await openGate(request);
  if (!gate.ok) return errorResponse(gate.error);
  const text = await readLimitedText(request, gate.context.maxBodyBytes);
  if (typeof text !== 'string') return errorResponse(text);
  const tooDeep = checkJsonDepth(text);
  if (tooDeep) return errorResponse(tooDeep);
  const json = decodeJsonBody(text);
  if (!json.ok) return errorResponse(json.error);
  // Limits come from the live list when the server has seen it (no extra upstream call), else the table.
  const model = await peekModelFor(json.data);
  const parsed = parseChatRequestForModel(json.data, model);
  if (!parsed.ok) return errorResponse(parsed.error);
  const body = parsed.data;
  let guardModel: string | null = null;
  if (body.guard) {
    const choice = await currentGuardModel();
    if (!choice.model) {
      return errorResponse(
        invalidRequest(
          `Moderation is unavailable: ${choice.reason} Turn Moderation off to send.`,
          'guard_unavailable',
        ),
      );
    }
    guardModel = choice.model;
  }
  // The budget counts what a request may generate: its max tokens, else the model's maximum.
  const answerTokens =
    body.max_completion_tokens ??
    body.max_tokens ??
    model?.maxCompletionTokens ??
    findCatalogModel(body.model)?.maxCompletionTokens ??
    1024;
  // Moderation calls a second model and spends tokens too: both count, and both must be allowed.
  const admitted = await admit(gate.context, {
    models: guardModel ? [body.model, guardModel] : [body.model],
    maxCompletionTokens: answerTokens,
    tokens: answerTokens + (guardModel ? moderationTokens(body.messages, answerTokens) : 0),
    streaming: true,
  });
  if (!admitted.ok) return errorResponse(admitted.error);
  try {
    // The slot is freed when the answer's own stream ends (no wrapper stream around it).
    return await proxyChat(body, request.signal, guardModel, admitted.ticket.release);
  } catch (error) {
    admitted.ticket.release();
    throw error;
  }
}

/** The live entry of the model a body names, if the list is cached (the body is validated after). */
async function peekModelFor(body: unknown) {
  const id = typeof body === 'object' && body !== null ? (body as { model?: unknown }).model : undefined;
  return typeof id === 'string' ? peekLiveModel(id).catch(() => undefined) : undefined;
}

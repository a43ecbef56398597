import { proxyChat } from '@/lib/groq/chat';
import { guardModel } from '@/lib/groq/env';
import { errorResponse } from '@/lib/groq/errors';
import { findCatalogModel } from '@/lib/models/catalog';
import { parseChatRequestText } from '@/lib/schema/parse-chat-request';
import { checkJsonDepth } from '@/lib/security/body';
import { admit, openGate, readLimitedText, releaseWhenDone } from '@/lib/security/gate';
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
  const parsed = parseChatRequestText(text);
  if (!parsed.ok) return errorResponse(parsed.error);
  const body = parsed.data;
  // The budget counts what a request may generate: its max tokens, else the model's maximum.
  const answerTokens =
    body.max_completion_tokens ??
    body.max_tokens ??
    findCatalogModel(body.model)?.maxCompletionTokens ??
    1024;
  // Moderation calls a second model and spends tokens too: both count.
  const guard = body.guard ? guardModel() : null;
  const admitted = await admit(gate.context, {
    models: guard ? [body.model, guard] : [body.model],
    maxCompletionTokens: answerTokens,
    tokens: answerTokens + (guard ? moderationTokens(body.messages, answerTokens) : 0),
    streaming: true,
  });
  if (!admitted.ok) return errorResponse(admitted.error);
  try {
    return releaseWhenDone(await proxyChat(body, request.signal), admitted.ticket);
  } catch (error) {
    admitted.ticket.release();
    throw error;
  }
}

import { proxyChat } from '@/lib/groq/chat';
import { errorResponse } from '@/lib/groq/errors';
import { findCatalogModel } from '@/lib/models/catalog';
import { parseChatRequestText } from '@/lib/schema/parse-chat-request';
import { admit, checkRequest, readLimitedText, releaseWhenDone } from '@/lib/security/gate';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Long answers from slow models can stream for minutes. */
export const maxDuration = 300;

export async function POST(request: Request): Promise<Response> {
  const refused = checkRequest(request);
  if (refused) return errorResponse(refused);
  const text = await readLimitedText(request);
  if (typeof text !== 'string') return errorResponse(text);
  const parsed = parseChatRequestText(text);
  if (!parsed.ok) return errorResponse(parsed.error);
  const body = parsed.data;
  const admitted = await admit(request, {
    model: body.model,
    // The budget counts what a request may generate: its max tokens, else the model's maximum.
    tokens:
      body.max_completion_tokens ??
      body.max_tokens ??
      findCatalogModel(body.model)?.maxCompletionTokens ??
      1024,
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

import { proxyChat } from '@/lib/groq/chat';
import { errorResponse } from '@/lib/groq/errors';
import { parseChatRequestText } from '@/lib/schema/parse-chat-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Long answers from slow models can stream for minutes. */
export const maxDuration = 300;

export async function POST(request: Request): Promise<Response> {
  const parsed = parseChatRequestText(await request.text());
  if (!parsed.ok) return errorResponse(parsed.error);
  return proxyChat(parsed.data, request.signal);
}

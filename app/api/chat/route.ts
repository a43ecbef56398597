import { invalidRequest } from '@/lib/errors';
import { type GatedChat, parseGatedChat } from '@/lib/gate/chat-body';
import { route } from '@/lib/gate/route';
import { proxyChat } from '@/lib/groq/chat';
import { moderationTokens } from '@/lib/groq/moderation-cost';
import { completionTokenLimit } from '@/lib/schema/completion-tokens';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Long answers from slow models can stream for minutes. */
export const maxDuration = 300;

export const POST = route<GatedChat>(
  {
    body: { kind: 'json', parse: parseGatedChat },
    admission: ({ body, live, guardModel }) => {
      if (body.guard && !guardModel.model) {
        return invalidRequest(
          `Moderation is unavailable: ${guardModel.reason} Turn Moderation off to send.`,
          'guard_unavailable',
        );
      }
      // The budget counts what a request may generate: its max tokens, else the model's maximum.
      const answerTokens = completionTokenLimit(body, live);
      const guard = body.guard ? guardModel.model : null;
      // Moderation calls a second model and spends tokens too: both count, and both must be allowed.
      return {
        models: guard ? [body.model, guard] : [body.model],
        maxCompletionTokens: answerTokens,
        tokens: answerTokens + (guard ? moderationTokens(body.messages, answerTokens) : 0),
        streaming: true,
      };
    },
    releasesOnStreamEnd: true,
  },
  // The slot is freed when the answer's own stream ends (no wrapper stream around it).
  ({ request, body: { body, guardModel }, release }) =>
    proxyChat(body, request.signal, body.guard ? guardModel.model : null, release),
);

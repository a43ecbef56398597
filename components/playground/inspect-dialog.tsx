'use client';

import { InspectDialogButton } from '@/components/ui/inspect-dialog';
import { redactMcpHeaders } from '@/lib/mcp/redact';
import { assembleResponse } from '@/lib/store/assemble-response';
import type { ConversationMessage } from '@/lib/store/conversation-slice';

/** Per answer: the exact request, the assembled response, moderation verdicts and rate limits. */
export function InspectButton({ message }: { message: ConversationMessage }) {
  const answer = message.answer;
  if (!answer) return null;
  return (
    <InspectDialogButton
      rateLimit={answer.rateLimit ?? {}}
      getBlocks={() => [
        // Saved answers hold `***` already; an answer from before that rule may not.
        { title: 'Request', value: redactMcpHeaders(answer.request) },
        { title: 'Response', value: assembleResponse(message) },
        ...(answer.guard?.length ? [{ title: 'Moderation', value: answer.guard }] : []),
      ]}
    />
  );
}

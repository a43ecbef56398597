'use client';

import { CodeDialog, CodeDialogButton } from '@/components/ui/code-dialog';
import { CODE_LANGUAGES, generateCode } from '@/lib/codegen';
import type { ChatRequest } from '@/lib/schema/chat-request';

export { VIEW_CODE_NOTE } from '@/components/ui/code-dialog';

/**
 * "View code": the exact request the playground would send to Groq right now, as curl, Python,
 * JavaScript or JSON. `getRequest` is called each time the dialog opens.
 */
export function ViewCodeButton({ getRequest }: { getRequest: () => ChatRequest }) {
  return <CodeDialogButton getRequest={getRequest} languages={CODE_LANGUAGES} generate={generateCode} />;
}

/** The same dialog, opened by its owner (the header's button or the More menu's item). */
export function ViewCodeDialog({ request, onClose }: { request: ChatRequest | null; onClose: () => void }) {
  return (
    <CodeDialog request={request} onClose={onClose} languages={CODE_LANGUAGES} generate={generateCode} />
  );
}

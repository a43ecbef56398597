'use client';

import { CodeDialog, CodeDialogButton } from '@/components/ui/code-dialog';
import { CODE_LANGUAGES } from '@/lib/codegen';
import { codeGeneratorFor } from '@/lib/codegen/for-api';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { usePlaygroundStore } from '@/lib/store/playground-store';

export { VIEW_CODE_NOTE } from '@/components/ui/code-dialog';

/**
 * "View code": the exact request the playground would send to Groq right now (for the API chosen),
 * as curl, Python, JavaScript or JSON. `getRequest` is called each time the dialog opens.
 */
export function ViewCodeButton({ getRequest }: { getRequest: () => ChatRequest }) {
  const api = usePlaygroundStore((s) => s.chatApi);
  return (
    <CodeDialogButton getRequest={getRequest} languages={CODE_LANGUAGES} generate={codeGeneratorFor(api)} />
  );
}

/** The same dialog, opened by its owner (the header's button or the More menu's item). */
export function ViewCodeDialog({ request, onClose }: { request: ChatRequest | null; onClose: () => void }) {
  const api = usePlaygroundStore((s) => s.chatApi);
  return (
    <CodeDialog
      request={request}
      onClose={onClose}
      languages={CODE_LANGUAGES}
      generate={codeGeneratorFor(api)}
    />
  );
}

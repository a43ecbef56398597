'use client';

import { InspectDialogButton } from '@/components/ui/inspect-dialog';
import { formatBytes } from '@/lib/speech/formats';
import type { SpeechRun } from '@/lib/store/speech-store';

/** The request as sent (endpoint, file facts, form fields), what came back and the rate-limit headers. */
export function SpeechInspectButton({ run }: { run: SpeechRun }) {
  const request = {
    endpoint: `POST ${run.sent.endpoint}`,
    file: { ...run.sent.file, size_readable: formatBytes(run.sent.file.size) },
    fields: run.sent.fields,
  };
  const response = run.response
    ? {
        request_id: run.response.request_id,
        duration_ms: run.response.duration_ms,
        body: run.response.result,
      }
    : run.error
      ? { error: run.error }
      : { status: run.status };
  return (
    <InspectDialogButton
      rateLimit={run.response?.rate_limit ?? {}}
      getBlocks={() => [
        { title: 'Request', value: request },
        { title: 'Response', value: response },
      ]}
    />
  );
}

'use client';

import { InspectDialogButton } from '@/components/ui/inspect-dialog';
import type { SttRun } from '@/lib/store/run';
import { formatBytes } from '@/lib/stt/formats';

/** The request as sent (endpoint, file facts, form fields), what came back and the rate-limit headers. */
export function SttInspectButton({ run }: { run: SttRun }) {
  const request = {
    endpoint: `POST ${run.input.endpoint}`,
    file: { ...run.input.file, size_readable: formatBytes(run.input.file.size) },
    fields: run.input.fields,
  };
  const response = run.result.response
    ? {
        request_id: run.result.response.request_id,
        duration_ms: run.result.response.duration_ms,
        body: run.result.response.result,
      }
    : run.result.error
      ? { error: run.result.error }
      : { status: run.status };
  return (
    <InspectDialogButton
      rateLimit={run.result.response?.rate_limit ?? {}}
      getBlocks={() => [
        { title: 'Request', value: request },
        { title: 'Response', value: response },
      ]}
    />
  );
}

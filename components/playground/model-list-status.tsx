'use client';

import { useQuery } from '@tanstack/react-query';
import { modelsQueryOptions } from '@/lib/client/models-query';

/**
 * While the live model list has not yet chosen a model (a first visit: no saved or linked one),
 * Submit cannot send: this says so, and that a message submitted meanwhile is kept and sent once
 * the list is ready (or, if the list fails, that it is kept and why nothing was sent).
 */
export function ModelListStatus({ choosing, queued }: { choosing: boolean; queued: boolean }) {
  const { error } = useQuery(modelsQueryOptions);
  if (!choosing) return null;
  const kept = queued ? ' Your message is kept and will be sent as soon as it is.' : '';
  const keptOnError = queued ? ' Your message is kept.' : '';
  return (
    <p role="status" className="text-sm text-fg-soft">
      {error
        ? `The model list could not be loaded (${error.message}): nothing can be sent until it is; reload to try again.${keptOnError}`
        : `Getting the model list ready…${kept}`}
    </p>
  );
}

'use client';

import { useCallback, useRef } from 'react';
import { type Batch, hasActiveBatch, pollDelay } from '@/lib/client/batches-api';

/**
 * A react-query `refetchInterval` that polls only while a batch is active, backing off while nothing
 * changes (1 s, 1.5 s, 2.25 s … 30 s) and starting over when a status or count moves.
 */
export function useBatchPolling<T>(batchesOf: (data: T | undefined) => readonly Batch[] | undefined) {
  const last = useRef({ signature: '', unchanged: 0 });
  return useCallback(
    (query: { state: { data: T | undefined } }) => {
      const batches = batchesOf(query.state.data);
      if (!hasActiveBatch(batches)) return false;
      const signature = JSON.stringify(batches?.map((b) => [b.id, b.status, b.request_counts]));
      if (signature === last.current.signature) last.current.unchanged += 1;
      else last.current = { signature, unchanged: 0 };
      return pollDelay(last.current.unchanged);
    },
    [batchesOf],
  );
}

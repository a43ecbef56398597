'use client';

import dynamic from 'next/dynamic';

const BatchesDialog = dynamic(() => import('./batches-dialog').then((m) => m.BatchesDialog), { ssr: false });

/** The Batches dialog, loaded the first time it opens (the first screen does not need it). */
export function LazyBatchesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return open ? <BatchesDialog open onClose={onClose} /> : null;
}

'use client';

import { lazy, Suspense, useId } from 'react';
import { Button } from '@/components/ui/button';
import { LoadBoundary } from '@/components/ui/load-boundary';
import { PendingGroup } from '@/components/ui/pending-group';
import { preloadOn } from '@/components/ui/preload-on';
import { Switch } from '@/components/ui/switch';
import { nextDocumentId } from '@/lib/chat/grounding';
import { newMessageId } from '@/lib/store/conversation-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/**
 * A first visit has no documents: their editor loads with the first one (saved documents, a shared
 * link, or Add document, whose pointer or focus starts the load).
 */
const loadDocumentEditor = () => import('./document-editor');
const DocumentEditor = lazy(() => loadDocumentEditor().then((m) => ({ default: m.DocumentEditor })));

/** Documents the model answers from (`documents`), with Citations (`citation_options`). */
export function DocumentsPanel() {
  const id = useId();
  const documents = usePlaygroundStore((s) => s.documents);
  const citations = usePlaygroundStore((s) => s.citations);
  const setGrounding = usePlaygroundStore((s) => s.setGrounding);
  const add = () =>
    setGrounding({
      documents: [...documents, { key: newMessageId(), id: nextDocumentId(documents), text: '' }],
    });
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-sm font-semibold uppercase tracking-wide text-muted">
        Documents
      </h2>
      {documents.length > 0 ? (
        <LoadBoundary what="The document editor">
          {documents.map((doc, index) => (
            <Suspense
              key={doc.key}
              fallback={<PendingGroup legend={`Document ${index + 1}`} height="min-h-60" />}
            >
              <DocumentEditor doc={doc} index={index} all={documents} />
            </Suspense>
          ))}
        </LoadBoundary>
      ) : null}
      <div>
        <Button size="xs" {...preloadOn(loadDocumentEditor)} onClick={add} data-add-document>
          Add document
        </Button>
      </div>
      <Switch
        label="Citations"
        checked={citations}
        onChange={(value) => setGrounding({ citations: value })}
        description="The answer marks the passages it took from the documents."
      />
    </section>
  );
}

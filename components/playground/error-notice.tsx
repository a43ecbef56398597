import type { PlaygroundErrorBody } from '@/lib/errors';
import { findCatalogModel } from '@/lib/models/catalog';
import { FlexCapacityHint } from './flex-capacity-hint';

export function ErrorNotice({
  error,
  onRetry,
  model,
}: {
  error: PlaygroundErrorBody;
  onRetry?: () => void;
  /** The model that answered: a 400 from one the capability table does not know gets a hint. */
  model?: string;
}) {
  const unknownModel = model !== undefined && error.status === 400 && !findCatalogModel(model);
  return (
    <div
      role="alert"
      className="mt-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        Error {error.status ? error.status : ''}
        {error.code ? ` (${error.code})` : ''}
      </p>
      <p>{error.message}</p>
      {error.status === 498 ? <FlexCapacityHint /> : null}
      {unknownModel ? (
        <p className="mt-1">
          The playground does not know what {model} supports, so every control was enabled: turn off the
          feature Groq refused (tools, images, JSON, reasoning, service tier) and retry.
        </p>
      ) : null}
      {error.retry_after !== undefined ? <p>Rate limited: retry in {error.retry_after} s.</p> : null}
      {error.failed_generation ? (
        <details className="mt-1">
          <summary>Failed generation</summary>
          <pre className="mt-1 whitespace-pre-wrap font-mono text-xs">{error.failed_generation}</pre>
        </details>
      ) : null}
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 rounded border border-red-300 px-2 py-0.5 text-xs hover:bg-red-100 dark:border-red-700 dark:hover:bg-red-900"
        >
          Retry
        </button>
      ) : null}
    </div>
  );
}

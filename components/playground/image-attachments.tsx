'use client';

import { type KeyboardEvent, type RefObject, useId, useRef } from 'react';
import type { ImageAttacher } from '@/lib/image/use-image-attacher';
import { useSwitchToVisionModel } from '@/lib/image/vision-actions';
import { MAX_IMAGE_URL_BYTES } from '@/lib/schema/limits';
import { useConversationStore } from '@/lib/store/conversation-store';
import type { VisionProblem } from '@/lib/store/vision-checks';

const URL_LIMIT_MB = Math.round(MAX_IMAGE_URL_BYTES / (1024 * 1024));
const smallButton =
  'rounded-md border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-neutral-700 dark:hover:bg-neutral-800';

/** The images attached to the next user turn, each with its Remove button. */
function DraftImages({ focusAfterRemove }: { focusAfterRemove: RefObject<HTMLButtonElement | null> }) {
  const images = useConversationStore((s) => s.draftImages);
  const remove = useConversationStore((s) => s.removeDraftImage);
  if (images.length === 0) return null;
  return (
    <ul aria-label="Images to send" className="flex flex-wrap gap-2">
      {images.map((url, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same image may be attached twice
        <li key={index} className="flex flex-col items-center gap-1">
          {/* biome-ignore lint/performance/noImgElement: data URLs and user-supplied URLs */}
          <img
            src={url}
            alt={`Draft attachment ${index + 1}`}
            className="h-16 w-16 rounded border border-neutral-200 object-cover dark:border-neutral-800"
          />
          <button
            type="button"
            aria-label={`Remove image ${index + 1}`}
            className="rounded px-1.5 py-0.5 text-xs text-neutral-600 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800"
            onClick={() => {
              remove(index);
              const next = focusAfterRemove.current;
              if (next && !next.disabled) next.focus();
            }}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Attach image (file picker), the Image URL field with Add image URL, the draft thumbnails, and what
 * happened to the last attached files. Drop and paste are handled by the composer around it.
 */
export function ImageAttachments({
  attacher,
  acceptsImages,
  modelName,
}: {
  attacher: ImageAttacher;
  acceptsImages: boolean;
  modelName: string;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const imageUrl = useConversationStore((s) => s.draftImageUrl);
  const setImageUrl = useConversationStore((s) => s.setDraftImageUrl);
  const switchToVision = useSwitchToVisionModel();
  const reasonId = `${id}-reason`;
  const helpId = `${id}-help`;
  // A URL typed before switching to a text model stays editable, so it can be cleared.
  const urlDisabled = !acceptsImages && imageUrl === '';

  const onUrlKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault(); // attach, do not submit the form
      attacher.attachTypedUrl();
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          ref={attachButton}
          type="button"
          className={smallButton}
          disabled={!acceptsImages}
          aria-controls={`${id}-file`}
          aria-describedby={acceptsImages ? helpId : reasonId}
          onClick={() => fileInput.current?.click()}
        >
          Attach image
        </button>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept="image/*"
          multiple
          hidden
          tabIndex={-1}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = ''; // the same file can be picked again
            void attacher.attachFiles(files);
          }}
        />
        <label htmlFor={`${id}-url`} className="text-xs font-medium text-neutral-500">
          Image URL
        </label>
        <input
          id={`${id}-url`}
          type="url"
          value={imageUrl}
          disabled={urlDisabled}
          onChange={(event) => setImageUrl(event.target.value)}
          onKeyDown={onUrlKeyDown}
          aria-describedby={acceptsImages ? helpId : `${reasonId} ${helpId}`}
          placeholder="https://… or data:image/…;base64,…"
          className="min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm disabled:opacity-50 dark:border-neutral-700 dark:bg-neutral-900"
        />
        <button
          type="button"
          className={smallButton}
          disabled={urlDisabled || imageUrl.trim() === ''}
          onClick={() => attacher.attachTypedUrl()}
        >
          Add image URL
        </button>
      </div>
      <p id={helpId} className="text-xs text-neutral-500">
        Groq fetches image URLs itself; up to {URL_LIMIT_MB} MB. Uploaded, pasted or dropped images are sent
        as base64, up to 4 MB (larger ones are resized).
      </p>
      {acceptsImages ? null : (
        <p className="flex flex-wrap items-center gap-2 text-sm text-amber-800 dark:text-amber-300">
          <span id={reasonId}>{`${modelName} does not accept images.`}</span>
          <button type="button" className={smallButton} onClick={switchToVision}>
            Switch to a vision model
          </button>
        </p>
      )}
      <DraftImages focusAfterRemove={attachButton} />
      <div role="status" className="text-sm text-neutral-600 empty:hidden dark:text-neutral-300">
        {attacher.preparing ?? attacher.notices.map((notice) => <p key={notice}>{notice}</p>)}
      </div>
      {attacher.errors.length > 0 ? (
        <div role="alert" className="text-sm text-red-700 dark:text-red-400">
          {attacher.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Why Submit is held back, with the fix for a system prompt next to an image. */
export function VisionProblemsAlert({
  id,
  problems,
  onMoveSystem,
}: {
  id: string;
  problems: VisionProblem[];
  onMoveSystem: () => void;
}) {
  if (problems.length === 0) return null;
  return (
    <div
      id={id}
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <ul className="flex flex-col gap-1">
        {problems.map((problem) => (
          <li key={`${problem.kind}:${problem.message}`}>{problem.message}</li>
        ))}
      </ul>
      {problems.some((p) => p.kind === 'system-with-image') ? (
        <button
          type="button"
          className={`${smallButton} self-start bg-white dark:bg-neutral-900`}
          onClick={onMoveSystem}
        >
          Move system prompt into message
        </button>
      ) : null}
    </div>
  );
}

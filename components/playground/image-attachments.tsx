'use client';

import type { KeyboardEvent, RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { IMAGE_URL_HINT, isAttachableImageUrl } from '@/lib/image/url';
import type { ImageAttacher } from '@/lib/image/use-image-attacher';
import { useSwitchToVisionModel } from '@/lib/image/use-switch-to-vision';
import type { Problem } from '@/lib/rules/problem';
import { MAX_IMAGE_URL_BYTES } from '@/lib/schema/limits';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const URL_LIMIT_MB = Math.round(MAX_IMAGE_URL_BYTES / (1024 * 1024));

/** The images attached to the next user turn, each with its Remove button. */
export function DraftImages({ focusAfterRemove }: { focusAfterRemove: RefObject<HTMLButtonElement | null> }) {
  const images = usePlaygroundStore((s) => s.draftImages);
  const remove = usePlaygroundStore((s) => s.removeDraftImage);
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
            className="h-16 w-16 rounded border border-divider object-cover"
          />
          <Button
            variant="ghost"
            size="xs"
            aria-label={`Remove image ${index + 1}`}
            onClick={() => {
              remove(index);
              const next = focusAfterRemove.current;
              if (next && !next.disabled) next.focus();
            }}
          >
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * What Attach image opens (on a model that takes images): Upload images (the file picker, several
 * at once) and the Image URL field with Add image URL.
 */
export function AttachPanel({
  id,
  attacher,
  onUpload,
}: {
  id: string;
  attacher: ImageAttacher;
  onUpload: () => void;
}) {
  const imageUrl = usePlaygroundStore((s) => s.draftImageUrl);
  const setImageUrl = usePlaygroundStore((s) => s.setDraftImageUrl);
  const attachTypedUrl = () => {
    const url = imageUrl.trim();
    if (isAttachableImageUrl(url)) attacher.attachUrl(url);
    else attacher.refuse(url === '' ? 'Type an image URL first.' : IMAGE_URL_HINT);
  };
  const onUrlKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault(); // attach, do not submit the form
      attachTypedUrl();
    }
  };
  return (
    <fieldset id={id} className="flex flex-col gap-2 rounded-md border border-divider p-2">
      <legend className="sr-only">Attach images</legend>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="xs" onClick={onUpload}>
          Upload images
        </Button>
        <Field
          label="Image URL"
          labelLook="small"
          labelClassName="text-fg-soft"
          inline
          describedBy={`${id}-help`}
          className="min-w-0 flex-1"
        >
          {(control) => (
            <Input
              {...control}
              type="url"
              dense
              value={imageUrl}
              onChange={(event) => setImageUrl(event.target.value)}
              onKeyDown={onUrlKeyDown}
              placeholder="https://… or data:image/…;base64,…"
              className="min-w-0 flex-1"
            />
          )}
        </Field>
        <Button size="xs" disabled={imageUrl.trim() === ''} onClick={attachTypedUrl}>
          Add image URL
        </Button>
      </div>
      <p id={`${id}-help`} className="text-xs text-muted">
        Groq fetches image URLs itself; up to {URL_LIMIT_MB} MB. Uploaded, pasted or dropped images are sent
        as base64, up to 4 MB (larger ones are resized).
      </p>
    </fieldset>
  );
}

/** Why the last attached images were refused (a refusal because the model takes no images offers the switch). */
export function AttachErrors({
  errors,
  noVisionReason,
  onSwitched,
}: {
  errors: string[];
  noVisionReason: string;
  /** After the switch (the composer opens the attach panel). */
  onSwitched: () => void;
}) {
  const switchToVision = useSwitchToVisionModel();
  const onSwitchToVision = () => {
    switchToVision();
    onSwitched();
  };
  return (
    <Notice
      tone="error"
      compact
      action={
        errors.includes(noVisionReason) ? (
          <Button size="xs" onClick={onSwitchToVision}>
            Switch to a vision model
          </Button>
        ) : null
      }
    >
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </Notice>
  );
}

/** Why Submit is held back, with the fix for a system prompt next to an image. */
export function VisionProblemsAlert({
  id,
  problems,
  onMoveSystem,
}: {
  id: string;
  problems: Problem[];
  onMoveSystem: () => void;
}) {
  if (problems.length === 0) return null;
  return (
    <Notice
      tone="error"
      compact
      action={
        problems.some((p) => p.code === 'system-with-image') ? (
          <Button size="xs" onClick={onMoveSystem}>
            Move system prompt into message
          </Button>
        ) : null
      }
    >
      <ul id={id} className="flex flex-col gap-1">
        {problems.map((problem) => (
          <li key={`${problem.code}:${problem.message}`}>{problem.message}</li>
        ))}
      </ul>
    </Notice>
  );
}

'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps, RefObject } from 'react';
import { LoadBoundary } from '@/components/ui/load-boundary';
import type { ImageAttacher } from '@/lib/image/use-image-attacher';
import { usePlaygroundStore } from '@/lib/store/playground-store';

/**
 * The composer's image parts. A first visit shows none of them but the hidden file input and the
 * (empty) status line, so the rest — the attach panel, the draft thumbnails, the refusals — loads
 * when it first has something to show; Attach image starts the load on pointer-enter or focus.
 */
export const loadImageAttachments = () => import('./image-attachments');

const AttachPanelPart = dynamic(() => loadImageAttachments().then((m) => m.AttachPanel), { ssr: false });
const DraftImagesPart = dynamic(() => loadImageAttachments().then((m) => m.DraftImages), { ssr: false });
const AttachErrorsPart = dynamic(() => loadImageAttachments().then((m) => m.AttachErrors), { ssr: false });
const VisionProblemsPart = dynamic(() => loadImageAttachments().then((m) => m.VisionProblemsAlert), {
  ssr: false,
});

const WHAT = 'Image attachments';

/** The hidden file input behind Upload images: several images at once; limits are checked after. */
export function ImageFileInput({
  inputRef,
  attacher,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  attacher: ImageAttacher;
}) {
  return (
    <input
      ref={inputRef}
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
  );
}

/**
 * What happened to the last attached images: preparing / attached (a status that is there from the
 * start, so screen readers announce what appears in it) and refusals (one alert; a refusal because
 * the model takes no images offers the switch).
 */
export function AttachStatus({
  attacher,
  noVisionReason,
  onSwitched,
}: {
  attacher: ImageAttacher;
  noVisionReason: string;
  /** After "Switch to a vision model". */
  onSwitched: () => void;
}) {
  const notices = attacher.preparing ? [attacher.preparing] : attacher.notices;
  return (
    <>
      <div role="status" className="text-sm text-fg-soft empty:hidden">
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
      </div>
      {attacher.errors.length > 0 ? (
        <LoadBoundary what={WHAT}>
          <AttachErrorsPart
            errors={attacher.errors}
            noVisionReason={noVisionReason}
            onSwitched={onSwitched}
          />
        </LoadBoundary>
      ) : null}
    </>
  );
}

/** What Attach image opens (Upload images, Image URL), loaded on its first opening. */
export function AttachPanel(props: ComponentProps<typeof AttachPanelPart>) {
  return (
    <LoadBoundary what={WHAT}>
      <AttachPanelPart {...props} />
    </LoadBoundary>
  );
}

/** The images attached to the next user turn, once there are any. */
export function DraftImages({ focusAfterRemove }: { focusAfterRemove: RefObject<HTMLButtonElement | null> }) {
  const any = usePlaygroundStore((s) => s.draftImages.length > 0);
  return any ? (
    <LoadBoundary what={WHAT}>
      <DraftImagesPart focusAfterRemove={focusAfterRemove} />
    </LoadBoundary>
  ) : null;
}

/** Why Submit is held back by the images, once it is. */
export function VisionProblemsAlert(props: ComponentProps<typeof VisionProblemsPart>) {
  return props.problems.length === 0 ? null : (
    <LoadBoundary what={WHAT}>
      <VisionProblemsPart {...props} />
    </LoadBoundary>
  );
}

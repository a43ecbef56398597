'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { isRemoteImage } from '@/lib/image/url';
import { INLINE_IMAGE_PLACEHOLDER } from '@/lib/store/safe-storage';

/** One image at full size, with a link to open a remote one in a new tab. */
function ImageViewer({ url, title, onClose }: { url: string; title: string; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="flex flex-col items-center gap-3">
        {/* biome-ignore lint/performance/noImgElement: user-supplied URLs and data URLs, not static assets */}
        <img src={url} alt={title} className="max-h-[70vh] max-w-full object-contain" />
        {isRemoteImage(url) ? (
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-sm text-groq-strong underline dark:text-groq"
          >
            Open in new tab
          </a>
        ) : null}
      </div>
    </Dialog>
  );
}

/** A user turn's images as small thumbnails; each opens the full image. */
export function AttachedImages({ urls }: { urls: string[] }) {
  const [open, setOpen] = useState<number | null>(null);
  const openUrl = open === null ? undefined : urls[open];
  return (
    <>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label="Attached images">
        {urls.map((url, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once sent; the same URL may repeat
          <li key={index}>
            {url === INLINE_IMAGE_PLACEHOLDER ? (
              <span className="text-xs text-muted">Uploaded image not kept after reload</span>
            ) : (
              <Button variant="ghost" size="bare" title="Open the full image" onClick={() => setOpen(index)}>
                {/* biome-ignore lint/performance/noImgElement: user-supplied URLs and data URLs, not static assets */}
                <img src={url} alt={`Attachment ${index + 1}`} className="h-20 w-20 rounded object-cover" />
              </Button>
            )}
          </li>
        ))}
      </ul>
      {open !== null && openUrl !== undefined ? (
        <ImageViewer url={openUrl} title={`Attachment ${open + 1}`} onClose={() => setOpen(null)} />
      ) : null}
    </>
  );
}

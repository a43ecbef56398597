import { INLINE_IMAGE_PLACEHOLDER } from '@/lib/store/safe-storage';

export function AttachedImages({ urls }: { urls: string[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label="Attached images">
      {urls.map((url, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once sent; the same URL may repeat
        <li key={index}>
          {url === INLINE_IMAGE_PLACEHOLDER ? (
            <span className="text-xs text-neutral-500">Uploaded image not kept after reload</span>
          ) : (
            // biome-ignore lint/performance/noImgElement: user-supplied URLs and data URLs, not static assets
            <img src={url} alt={`Attachment ${index + 1}`} className="h-20 w-20 rounded object-cover" />
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Is there a share link in the URL fragment? Kept apart from the codec (lz-string, the share schema
 * and zod) so the first visit can answer that without downloading them: the codec loads only when a
 * link is opened or made.
 */
export const SHARE_PARAM = 's';

/** The share payload in a URL fragment (`#s=…`), or null when the fragment is not a share link. */
export function sharePayload(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(fragment);
  const raw = fragment.startsWith(`${SHARE_PARAM}=`) ? fragment.slice(SHARE_PARAM.length + 1) : null;
  return raw ?? params.get(SHARE_PARAM);
}

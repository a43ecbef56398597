/**
 * Making a share link: the state, compressed with lz-string into the URL fragment. Kept apart from
 * decoding (which validates with the share schema, and so needs zod) so Share works at once on a
 * first visit without downloading the schema.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { SHARE_PARAM } from './share-payload';
import type { ShareState, ShareStateV2, ShareStateV3, ShareStateV4 } from './share-schema';

/** Links up to this length paste safely into chat apps and email; longer ones get a warning. */
export const SHARE_WARN_LENGTH = 8_000;
/** Chromium's URL limit (2 MB): a longer link cannot be opened, so it is not offered. */
export const SHARE_MAX_LENGTH = 2 * 1024 * 1024;
/**
 * The most text a link may expand to. Links made here stay far below it (text compresses a few times
 * at most); a crafted one can expand with the square of its length, so opening stops at this point.
 */
export const SHARE_MAX_JSON_CHARS = 16 * 1024 * 1024;

/** Whether a state fits in a link that can be opened again (see the limits above). */
export function shareLinkTooLarge(link: string, state: ShareState): boolean {
  return link.length > SHARE_MAX_LENGTH || JSON.stringify(state).length > SHARE_MAX_JSON_CHARS;
}

/** Encodes a state for a link (older versions too, which tests use to check migrations). */
export function encodeShareState(state: ShareState | ShareStateV2 | ShareStateV3 | ShareStateV4): string {
  return `${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

export function shareUrl(base: string, state: ShareState): string {
  const url = new URL(base);
  url.search = '';
  url.hash = encodeShareState(state);
  return url.toString();
}

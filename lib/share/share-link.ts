/**
 * Share links: the whole playground state, compressed with lz-string into the URL fragment (never
 * sent to any server, so links work on every deployment). Opening a link only fills the playground.
 */
import { decompressFromEncodedURIComponent } from 'lz-string';
import { anyShareState, migrateShareState, type ShareState } from './share-schema';

export { encodeShareState, SHARE_MAX_LENGTH, SHARE_WARN_LENGTH, shareUrl } from './share-encode';
export { SHARE_PARAM, sharePayload } from './share-payload';

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; message: string };

export function decodeShareState(payload: string): DecodeResult {
  const damaged = 'This share link is damaged or incomplete (it may have been cut off when it was copied).';
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, message: damaged };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: damaged };
  }
  const parsed = anyShareState.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'link';
    return {
      ok: false,
      message: `This share link contains invalid data (${where}: ${issue?.message ?? 'unknown'}).`,
    };
  }
  return { ok: true, state: migrateShareState(parsed.data) };
}

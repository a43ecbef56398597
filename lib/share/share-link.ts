/**
 * Share links: the whole playground state, compressed with lz-string into the URL fragment (never
 * sent to any server, so links work on every deployment). Opening a link only fills the playground.
 */
import { decompressBounded } from './bounded-decompress';
import { SHARE_MAX_JSON_CHARS, SHARE_MAX_LENGTH } from './share-encode';
import { anyShareState, migrateShareState, type ShareState } from './share-schema';

export {
  encodeShareState,
  SHARE_MAX_JSON_CHARS,
  SHARE_MAX_LENGTH,
  SHARE_WARN_LENGTH,
  shareUrl,
} from './share-encode';
export { SHARE_PARAM, sharePayload } from './share-payload';

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; message: string };

const tooLarge = (what: string) =>
  `This link is too large to open (${what}); links made by Share stay well below that.`;

export function decodeShareState(payload: string): DecodeResult {
  const damaged = 'This share link is damaged or incomplete (it may have been cut off when it was copied).';
  // Measured before decompressing: the text a payload expands to can grow with the square of its length.
  if (payload.length > SHARE_MAX_LENGTH) {
    return { ok: false, message: tooLarge(`${payload.length.toLocaleString('en')} characters`) };
  }
  const decompressed = decompressBounded(payload, SHARE_MAX_JSON_CHARS);
  if (!decompressed.ok) {
    if (decompressed.reason === 'damaged') return { ok: false, message: damaged };
    const limit = (SHARE_MAX_JSON_CHARS / 1024 / 1024).toLocaleString('en');
    return { ok: false, message: tooLarge(`it expands to over ${limit} million characters`) };
  }
  const json = decompressed.text;
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

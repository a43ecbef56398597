/**
 * Share links: the whole playground state, compressed with lz-string into the URL fragment (never
 * sent to any server, so links work on every deployment). Opening a link only fills the playground.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { SHARE_PARAM } from './share-payload';
import {
  anyShareState,
  migrateShareState,
  type ShareState,
  type ShareStateV2,
  type ShareStateV3,
  type ShareStateV4,
} from './share-schema';

export { SHARE_PARAM, sharePayload } from './share-payload';
/** Links up to this length paste safely into chat apps and email; longer ones get a warning. */
export const SHARE_WARN_LENGTH = 8_000;
/** Chromium's URL limit (2 MB): a longer link cannot be opened, so it is not offered. */
export const SHARE_MAX_LENGTH = 2 * 1024 * 1024;

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

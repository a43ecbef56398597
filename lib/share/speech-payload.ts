/**
 * Is there a Speech mode link in the URL fragment (`#speech=…`)? Apart from the codec (lz-string and
 * zod) so a first visit can answer without downloading it.
 */
export const SPEECH_SHARE_PARAM = 'speech';

export function speechSharePayload(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  // Read raw, not through URLSearchParams: lz-string's URI alphabet has `+`, which that reads as a space.
  const match = new RegExp(`(?:^|&)${SPEECH_SHARE_PARAM}=([^&]*)`).exec(fragment);
  return match ? (match[1] ?? '') : null;
}

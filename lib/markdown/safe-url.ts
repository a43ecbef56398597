/**
 * URL allow-listing for model output. Pure: no React, no DOM.
 *
 * URLs are parsed with the WHATWG URL parser — the one the browser will use — so tricks such as
 * `java\tscript:`, leading control characters or upper-case schemes are normalized before the
 * protocol is checked. Relative URLs (no base) fail to parse and are rejected.
 */

export const LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];
export const IMAGE_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:'];

/** Returns the normalized absolute URL when its protocol is allowed, otherwise `null`. */
export function safeUrl(url: string | null | undefined, protocols: readonly string[] = LINK_PROTOCOLS) {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return protocols.includes(parsed.protocol) ? parsed.href : null;
}

/** Checks for what the user types into the Image URL field. Pure. */

/** An http(s) URL (Groq fetches it, up to 20 MB) or a base64 image data URL. */
export function isAttachableImageUrl(text: string): boolean {
  const value = text.trim();
  if (/^data:image\/[a-z0-9.+-]+;base64,/i.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const IMAGE_URL_HINT = 'Enter an http(s) image URL (or a data:image/…;base64 URL).';

/** Whether an attached image is a remote URL (opened in a new tab) rather than an upload. */
export function isRemoteImage(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

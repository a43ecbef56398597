/**
 * Size math for images sent as base64 data URLs. Groq's 4 MB rule (a 413 above it) is measured on the
 * data URL string the request carries, `data:<mime>;base64,<payload>`, so that is what we compute.
 * Pure: no DOM.
 */
import { MAX_BASE64_IMAGE_BYTES } from '../schema/limits';

export { MAX_BASE64_IMAGE_BYTES };

/** Length of the base64 encoding (with padding) of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** The prefix a data URL of this type carries before its payload. */
export function dataUrlPrefix(mime: string): string {
  return `data:${mime};base64,`;
}

/** Exact length of the data URL a file of `bytes` bytes and type `mime` becomes (FileReader's output). */
export function dataUrlLength(mime: string, bytes: number): number {
  return dataUrlPrefix(mime).length + base64Length(bytes);
}

/** Whether a data URL of this length is accepted: the server and Groq refuse anything longer. */
export function fitsBase64Limit(length: number, limit: number = MAX_BASE64_IMAGE_BYTES): boolean {
  return length <= limit;
}

/** "6.12 MB" (binary megabytes, two decimals), as the server's 413 message writes it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** The image types Groq takes as base64; anything else is converted to JPEG before sending. */
export const GROQ_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export function isGroqImageType(mime: string): boolean {
  return GROQ_IMAGE_TYPES.includes(mime.toLowerCase());
}

export function isImageType(mime: string): boolean {
  return mime.toLowerCase().startsWith('image/');
}

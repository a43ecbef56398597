/**
 * What the composer tells the user about an image it attached, changed or refused. Pure.
 * Sizes measured against Groq's 4 MB limit are those of the base64 data URL, with two decimals (near
 * the limit they matter); an image that simply fits is described by its file's own size.
 */
import { formatBytes } from '../format/bytes';
import { formatMegabytes, MAX_BASE64_IMAGE_BYTES } from './size';

export { noVisionReason, preparingNotice } from './attach-messages';

export interface ImageSize {
  /** Data URL length. */
  bytes: number;
  width: number;
  height: number;
}

const LIMIT = `Groq's ${Math.round(MAX_BASE64_IMAGE_BYTES / (1024 * 1024))} MB limit`;
const ACCEPTED = 'PNG, JPEG, GIF or WebP';

export function formatDimensions(width: number, height: number): string {
  return `${width}×${height}`;
}

function sizeText(size: ImageSize): string {
  return `${formatMegabytes(size.bytes)} (${formatDimensions(size.width, size.height)})`;
}

/** "photo.jpg was 6.12 MB as base64 (4000×3000); resized to 3.87 MB (2400×1800) to fit Groq's 4 MB limit." */
export function resizedNotice(name: string, before: ImageSize, after: ImageSize): string {
  const sameSize = before.width === after.width && before.height === after.height;
  const what = sameSize ? 're-encoded as JPEG at' : 'resized to';
  return `${name} was ${formatMegabytes(before.bytes)} as base64 (${formatDimensions(before.width, before.height)}); ${what} ${sizeText(after)} to fit ${LIMIT}.`;
}

/** For a type Groq does not take (BMP, SVG, TIFF…), converted although it was small enough. */
export function convertedNotice(name: string, mime: string, after: ImageSize): string {
  return `${name} (${mime}) was converted to JPEG, ${formatBytes(after.bytes)} as base64 (${formatDimensions(after.width, after.height)}), as Groq takes ${ACCEPTED} images.`;
}

/** "cat.png attached, 103 KB (64×48)." — the file's size as the user's file manager shows it. */
export function attachedNotice(name: string, size: ImageSize, fileBytes: number = size.bytes): string {
  return `${name} attached, ${formatBytes(fileBytes)} (${formatDimensions(size.width, size.height)}).`;
}

export function tooLargeError(name: string, before: ImageSize): string {
  return `${name} is ${formatMegabytes(before.bytes)} as base64 (${formatDimensions(before.width, before.height)}) and could not be made to fit ${LIMIT}; it was not attached.`;
}

export function notImageError(name: string, mime: string): string {
  const type = mime === '' ? 'unknown type' : mime;
  return `${name} is not an image (${type}); attach a ${ACCEPTED} file.`;
}

export function unreadableError(name: string): string {
  return `${name} could not be read as an image (it may be corrupt); it was not attached.`;
}

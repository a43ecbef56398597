/**
 * Turns a picked, pasted or dropped file into the data URL the request carries. Files whose data URL
 * is over Groq's 4 MB limit (or whose type Groq does not take) are re-encoded as JPEG on a canvas,
 * shrinking as `findFit` plans. Browser only: File, createImageBitmap / Image, canvas.
 */
import {
  attachedNotice,
  convertedNotice,
  type ImageSize,
  notImageError,
  resizedNotice,
  tooLargeError,
  unreadableError,
} from './messages';
import { type Encoder, findFit } from './plan';
import { dataUrlLength, fitsBase64Limit, isGroqImageType, isImageType } from './size';

export type PreparedImage = { ok: true; dataUrl: string; notice: string } | { ok: false; error: string };

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

function loadWithImageElement(file: Blob): Promise<Decoded> {
  const url = URL.createObjectURL(file);
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () =>
      resolve({
        source: image,
        width: image.naturalWidth,
        height: image.naturalHeight,
        release: () => URL.revokeObjectURL(url),
      });
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('decode failed'));
    };
    image.src = url;
  });
}

/** Decodes the file (EXIF orientation applied); throws when it is not a readable image. */
async function decode(file: Blob): Promise<Decoded> {
  let decoded: Decoded;
  try {
    const bitmap = await createImageBitmap(file);
    decoded = { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
  } catch {
    // SVG and a few other types only decode through an <img>.
    decoded = await loadWithImageElement(file);
  }
  if (decoded.width < 1 || decoded.height < 1) {
    decoded.release();
    throw new Error('image has no size');
  }
  return decoded;
}

export function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** A JPEG encoder drawing `source` on one reused canvas (white under transparent pixels). */
function canvasJpegEncoder(source: CanvasImageSource): Encoder<Blob> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  return async ({ width, height, quality }) => {
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'high';
      context.drawImage(source, 0, 0, width, height);
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!blob) throw new Error('JPEG encoding failed');
    return { length: dataUrlLength(blob.type || 'image/jpeg', blob.size), value: blob };
  };
}

export async function prepareImageFile(file: File): Promise<PreparedImage> {
  const name = file.name || 'Pasted image';
  if (!isImageType(file.type)) return { ok: false, error: notImageError(name, file.type) };

  let decoded: Decoded;
  try {
    decoded = await decode(file);
  } catch {
    return { ok: false, error: unreadableError(name) };
  }
  try {
    const before: ImageSize = {
      bytes: dataUrlLength(file.type, file.size),
      width: decoded.width,
      height: decoded.height,
    };
    if (fitsBase64Limit(before.bytes) && isGroqImageType(file.type)) {
      return {
        ok: true,
        dataUrl: await readAsDataUrl(file),
        notice: attachedNotice(name, before, file.size),
      };
    }
    const fit = await findFit(decoded.width, decoded.height, canvasJpegEncoder(decoded.source));
    if (!fit) return { ok: false, error: tooLargeError(name, before) };
    const dataUrl = await readAsDataUrl(fit.encoded.value);
    if (!fitsBase64Limit(dataUrl.length)) return { ok: false, error: tooLargeError(name, before) };
    const after: ImageSize = { bytes: dataUrl.length, width: fit.attempt.width, height: fit.attempt.height };
    const notice = fitsBase64Limit(before.bytes)
      ? convertedNotice(name, file.type, after)
      : resizedNotice(name, before, after);
    return { ok: true, dataUrl, notice };
  } catch {
    return { ok: false, error: unreadableError(name) };
  } finally {
    decoded.release();
  }
}

/**
 * What would make Groq (or our own route) refuse the images in a request, checked in the browser
 * before Submit sends it: the same rules as the request schema, in words for the composer. Pure.
 */
import type { CatalogModel } from '../models/catalog';
import type { ChatRequest } from '../schema/chat-request';
import { MAX_BASE64_IMAGE_BYTES } from '../schema/limits';

export type VisionProblemKind = 'not-vision' | 'too-many-images' | 'system-with-image' | 'too-large';

export interface VisionProblem {
  kind: VisionProblemKind;
  message: string;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countImages(n: number): string {
  const word = NUMBER_WORDS[n] ?? String(n);
  return `${word} image${n === 1 ? '' : 's'}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** Every image URL in the request, in order (only user turns carry images). */
export function requestImages(request: Pick<ChatRequest, 'messages'>): string[] {
  return request.messages.flatMap((message) =>
    message.role === 'user' && typeof message.content !== 'string'
      ? message.content.flatMap((part) => (part.type === 'image_url' ? [part.image_url.url] : []))
      : [],
  );
}

/**
 * The reasons `request` cannot be sent to `model` as it stands, empty when it can. An unknown model
 * (undefined) only gets the 4 MB check, which applies to every model.
 */
export function visionProblems(model: CatalogModel | undefined, request: ChatRequest): VisionProblem[] {
  const images = requestImages(request);
  if (images.length === 0) return [];
  const problems: VisionProblem[] = [];
  const name = model?.name ?? request.model;

  if (model && !model.capabilities.vision) {
    problems.push({
      kind: 'not-vision',
      message: `${name} does not accept images; remove ${images.length === 1 ? 'the image' : 'the images'} or switch to a vision model.`,
    });
  }

  const limits = model?.capabilities.vision ? model.vision : undefined;
  if (limits && images.length > limits.maxImages) {
    const allowed = countImages(limits.maxImages);
    const extra = images.length - limits.maxImages;
    problems.push({
      kind: 'too-many-images',
      message:
        limits.maxImages === 1 && extra === 1
          ? `${name} accepts one image per request; remove one before sending.`
          : `${name} accepts ${allowed} per request and this request has ${images.length}; remove ${extra} before sending.`,
    });
  }
  if (limits && !limits.systemPromptWithImages && request.messages.some((m) => m.role === 'system')) {
    problems.push({
      kind: 'system-with-image',
      message: `${name} does not accept a system prompt together with an image; move the system prompt into the message or remove the image.`,
    });
  }

  images.forEach((url, index) => {
    if (url.startsWith('data:') && url.length > MAX_BASE64_IMAGE_BYTES) {
      problems.push({
        kind: 'too-large',
        message: `Image ${index + 1} is ${megabytes(url.length)} as base64; Groq accepts base64 images up to 4 MB. Attach it as a file to have it resized, or use a smaller image.`,
      });
    }
  });
  return problems;
}

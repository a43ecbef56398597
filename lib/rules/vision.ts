/**
 * Images: a model without vision takes none; a vision model takes up to its limit, some not beside a
 * system prompt; a base64 image over 4 MB is refused (413) on every model. The composer shows these
 * before Submit; the route refuses the same in Groq's words.
 */
import type { CatalogModel } from '../models/catalog';
import { findCatalogModel } from '../models/catalog';
import type { ChatRequest } from '../schema/chat-request';
import { MAX_BASE64_IMAGE_BYTES } from '../schema/limits';
import { type RulesModel, rulesModel, unknownModel } from './model';
import type { Problem } from './problem';
import type { Rule, Violation } from './rule';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countImages(n: number): string {
  const word = NUMBER_WORDS[n] ?? String(n);
  return `${word} image${n === 1 ? '' : 's'}`;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;

interface ImagePart {
  url: string;
  path: PropertyKey[];
}

function imageParts(request: Pick<ChatRequest, 'messages'>): ImagePart[] {
  return request.messages.flatMap((message, i) =>
    message.role === 'user' && typeof message.content !== 'string'
      ? message.content.flatMap((part, j) =>
          part.type === 'image_url'
            ? [{ url: part.image_url.url, path: ['messages', i, 'content', j, 'image_url', 'url'] }]
            : [],
        )
      : [],
  );
}

/** Every image URL in the request, in order (only user turns carry images). */
export function requestImages(request: Pick<ChatRequest, 'messages'>): string[] {
  return imageParts(request).map((part) => part.url);
}

function firstImageMessage(request: ChatRequest): number {
  return request.messages.findIndex(
    (m) =>
      m.role === 'user' && typeof m.content !== 'string' && m.content.some((p) => p.type === 'image_url'),
  );
}

/** A known vision model's limits (an unknown model's are Groq's to check). */
const limitsOf = (model: RulesModel) => (model.known && model.capabilities.vision ? model.vision : undefined);

export const IMAGE_RULES: readonly Rule[] = [
  {
    code: 'not-vision',
    field: 'images',
    refusedByGroq: true,
    check: (body, model) => {
      const images = requestImages(body);
      if (!model.known || model.capabilities.vision || images.length === 0) return [];
      return [
        {
          path: ['messages', firstImageMessage(body), 'content'],
          message: `${model.name} does not accept images; remove ${images.length === 1 ? 'the image' : 'the images'} or switch to a vision model.`,
          groq: `\`${body.model}\` does not support images; choose a vision model`,
        },
      ];
    },
  },
  {
    code: 'too-many-images',
    field: 'images',
    refusedByGroq: true,
    check: (body, model) => {
      const limits = limitsOf(model);
      const count = requestImages(body).length;
      if (!limits || count <= limits.maxImages) return [];
      const extra = count - limits.maxImages;
      const allowed = limits.maxImages === 1 ? 'only 1 image' : `at most ${limits.maxImages} images`;
      return [
        {
          path: ['messages'],
          message:
            limits.maxImages === 1 && extra === 1
              ? `${model.name} accepts one image per request; remove one before sending.`
              : `${model.name} accepts ${countImages(limits.maxImages)} per request and this request has ${count}; remove ${extra} before sending.`,
          groq: `\`${body.model}\` accepts ${allowed} per request; this request has ${count}`,
        },
      ];
    },
  },
  {
    code: 'system-with-image',
    field: 'images',
    refusedByGroq: true,
    check: (body, model) => {
      const limits = limitsOf(model);
      if (!limits || limits.systemPromptWithImages || requestImages(body).length === 0) return [];
      if (!body.messages.some((m) => m.role === 'system')) return [];
      return [
        {
          path: ['messages'],
          message: `${model.name} does not accept a system prompt together with an image; move the system prompt into the message or remove the image.`,
          groq: `\`${body.model}\` does not support a system prompt together with an image`,
        },
      ];
    },
  },
  {
    code: 'too-large',
    field: 'images',
    refusedByGroq: true,
    check: (body) =>
      imageParts(body).flatMap(({ url, path }, index): Violation[] =>
        url.startsWith('data:') && url.length > MAX_BASE64_IMAGE_BYTES
          ? [
              {
                path,
                message: `Image ${index + 1} is ${megabytes(url.length)} as base64; Groq accepts base64 images up to 4 MB. Attach it as a file to have it resized, or use a smaller image.`,
                groq: `Request Entity Too Large: base64 encoded images are limited to 4MB (this one is ${megabytes(url.length)})`,
                params: { status: 413, code: 'request_too_large' },
              },
            ]
          : [],
      ),
  },
];

/** The image problems of `request` for a table entry (undefined or not in the table: unchecked). */
export function visionProblems(model: CatalogModel | undefined, request: ChatRequest): Problem[] {
  const facts = model
    ? rulesModel(model.id, { ...model, inCatalog: findCatalogModel(model.id) !== undefined })
    : unknownModel(request.model);
  return IMAGE_RULES.flatMap((rule) =>
    rule
      .check(request, facts)
      .map((v) => ({ field: rule.field, code: rule.code, message: v.message, blocking: true })),
  );
}

/** Chat checks that depend on the model: kind, completion limit, JSON mode, vision limits, context window. */
import type { CatalogModel } from '../models/catalog';
import type { ChatRequest } from './chat-types';
import { countPromptTokens, messageImages } from './chat-types';
import { invalidRequest, messageError, tooLarge } from './errors';

/** Base64 data URLs are limited to 4 MB (measured as the length of the data URL string). */
export const MAX_BASE64_IMAGE_BYTES = 4 * 1024 * 1024;

const DATA_URL_RE = /^data:image\/(png|jpe?g|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

function checkImages(request: ChatRequest, model: CatalogModel): void {
  let count = 0;
  request.messages.forEach((message, index) => {
    const images = messageImages(message);
    if (images.length === 0) return;
    if (!model.capabilities.vision)
      throw messageError(index, message.role, 'content', 'value must be a string');
    for (const url of images) {
      if (url.startsWith('data:')) {
        if (url.length > MAX_BASE64_IMAGE_BYTES) {
          throw tooLarge('Request Entity Too Large: base64 encoded images are limited to 4MB');
        }
        if (!DATA_URL_RE.test(url.slice(0, 64)) && !DATA_URL_RE.test(url)) {
          throw invalidRequest(
            'Invalid image data URL: expected data:image/<png|jpeg|gif|webp>;base64,<data>',
            'invalid_image_url',
          );
        }
      } else if (!/^https?:\/\/\S+$/i.test(url)) {
        throw invalidRequest(
          'Invalid image URL: must be an http(s) URL or a base64 data URL',
          'invalid_image_url',
        );
      }
    }
    count += images.length;
  });
  if (count === 0 || !model.vision) return;
  if (count > model.vision.maxImages) {
    throw invalidRequest(
      `Too many images: \`${model.id}\` supports only one image per request (found ${count}). Send a single image.`,
    );
  }
  if (!model.vision.systemPromptWithImages && request.messages.some((m) => m.role === 'system')) {
    throw invalidRequest(
      `System prompts are not supported with images on \`${model.id}\`. Remove the system message or the image.`,
    );
  }
}

export function checkChatForModel(request: ChatRequest, model: CatalogModel): number {
  if (model.kind === 'speech') {
    throw invalidRequest(
      `The model \`${model.id}\` is a speech-to-text model and does not support chat completions. Use /openai/v1/audio/transcriptions instead.`,
    );
  }
  if (model.kind === 'tts') {
    throw invalidRequest(
      `The model \`${model.id}\` is a text-to-speech model and does not support chat completions. Use /openai/v1/audio/speech instead.`,
    );
  }
  const max = request.maxTokens;
  if (max !== undefined && max > model.maxCompletionTokens) {
    const field = request.maxTokensField;
    throw invalidRequest(
      `\`${field}\` must be less than or equal to \`${model.maxCompletionTokens}\`, the maximum value for \`${field}\` is less than the \`context_window\` for this model`,
    );
  }
  if (request.jsonMode && !model.capabilities.jsonMode) {
    throw invalidRequest(`\`response_format\` json_object is not supported with model \`${model.id}\``);
  }
  if (request.reasoningFormat && !model.capabilities.reasoning) {
    throw invalidRequest(`\`reasoning_format\` is not supported with model \`${model.id}\``);
  }
  checkImages(request, model);
  const promptTokens = countPromptTokens(request.messages, request.tools);
  if (promptTokens > model.contextWindow) {
    throw invalidRequest(
      `Please reduce the length of the messages or completion. The prompt has ${promptTokens} tokens; the context window of \`${model.id}\` is ${model.contextWindow}.`,
      'context_length_exceeded',
    );
  }
  return promptTokens;
}

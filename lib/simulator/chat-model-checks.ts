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
  const max = model.vision.maxImages;
  if (count > max) {
    throw invalidRequest(
      max === 1
        ? `Too many images: \`${model.id}\` supports only one image per request (found ${count}). Send a single image.`
        : `Too many images: \`${model.id}\` supports at most ${max} images per request (found ${count}).`,
    );
  }
  if (!model.vision.systemPromptWithImages && request.messages.some((m) => m.role === 'system')) {
    throw invalidRequest(
      `System prompts are not supported with images on \`${model.id}\`. Remove the system message or the image.`,
    );
  }
}

/** Groq's way of listing accepted values: `a`, `b` or `c`. */
function listOfValues(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** reasoning_format / reasoning_effort / include_reasoning against what the model accepts. */
function checkReasoning(request: ChatRequest, model: CatalogModel): void {
  const reasoning = model.capabilities.reasoning;
  if (request.reasoningFormat && !reasoning?.formats.includes(request.reasoningFormat)) {
    throw invalidRequest('`reasoning_format` is not supported with this model');
  }
  if (request.reasoningEffort && !reasoning?.efforts.includes(request.reasoningEffort)) {
    throw invalidRequest(
      reasoning?.efforts.length
        ? `\`reasoning_effort\` must be one of ${listOfValues(reasoning.efforts)}`
        : '`reasoning_effort` is not supported with this model',
    );
  }
  if (request.includeReasoning !== undefined && !reasoning) {
    throw invalidRequest(`\`include_reasoning\` is not supported with model \`${model.id}\``);
  }
  if (
    request.reasoningFormat === 'raw' &&
    (request.jsonMode || request.jsonSchema || request.tools.length > 0)
  ) {
    throw invalidRequest(
      '`reasoning_format` `raw` is not supported with JSON mode or tools; use `parsed` or `hidden`',
    );
  }
}

function checkStructuredOutputs(request: ChatRequest, model: CatalogModel): void {
  if (request.jsonSchema && !model.capabilities.jsonSchema) {
    throw invalidRequest(`\`response_format\` json_schema is not supported with model \`${model.id}\``);
  }
  const builtIn = request.builtInTools[0];
  if (builtIn && !model.capabilities.builtInTools) {
    throw invalidRequest(
      `\`${builtIn}\` is not supported with model \`${model.id}\`; built-in tools run on openai/gpt-oss-20b and openai/gpt-oss-120b`,
    );
  }
}

export function checkChatForModel(request: ChatRequest, model: CatalogModel): number {
  if (model.kind === 'speech' || model.kind === 'tts') {
    const kind = model.kind === 'speech' ? 'speech-to-text' : 'text-to-speech';
    const endpoint = model.kind === 'speech' ? '/openai/v1/audio/transcriptions' : '/openai/v1/audio/speech';
    throw invalidRequest(
      `The model \`${model.id}\` is a ${kind} model and does not support chat completions. Use ${endpoint} instead.`,
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
  checkReasoning(request, model);
  checkStructuredOutputs(request, model);
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

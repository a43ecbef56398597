/**
 * The refusals Groq documents as 400s (and the 413 for big base64 images), checked before any upstream
 * call in Groq's wording. Everything else passes through: where the docs are silent or a model is
 * unknown, Groq decides.
 */
import type { CatalogModel } from '../models/catalog';
import type { ChatMessage } from './chat-messages';
import type { ChatRequest } from './chat-request';
import { MAX_BASE64_IMAGE_BYTES } from './limits';

export type Fail = (path: PropertyKey[], message: string, params?: Record<string, unknown>) => void;

const present = (value: unknown) => value !== undefined && value !== null;

function unsupportedFields(body: ChatRequest, fail: Fail) {
  for (const field of ['logprobs', 'logit_bias', 'top_logprobs'] as const) {
    const value = body[field];
    if (present(value) && value !== false) fail([field], `property '${field}' is unsupported`);
  }
  if (body.n != null && body.n !== 1) {
    fail(['n'], body.n > 1 ? 'number must be at most 1' : 'number must be at least 1');
  }
}

function reasoningRules(body: ChatRequest, model: CatalogModel | undefined, fail: Fail) {
  const format = body.reasoning_format;
  if (!present(format)) return;
  if (present(body.include_reasoning)) {
    fail(
      ['include_reasoning'],
      '`include_reasoning` and `reasoning_format` are mutually exclusive; set only one',
    );
  }
  const jsonMode =
    body.response_format?.type === 'json_object' || body.response_format?.type === 'json_schema';
  if (format === 'raw' && (jsonMode || (body.tools?.length ?? 0) > 0)) {
    fail(
      ['reasoning_format'],
      '`reasoning_format` `raw` is not supported with JSON mode or tools; use `parsed` or `hidden`',
    );
  }
  // gpt-oss takes no reasoning_format at all (include_reasoning replaces it).
  if (model?.capabilities.reasoning && model.capabilities.reasoning.formats.length === 0) {
    fail(['reasoning_format'], '`reasoning_format` is not supported with this model');
  }
}

function structuredOutputRules(body: ChatRequest, fail: Fail) {
  if (body.response_format?.type !== 'json_schema') return;
  if (body.stream)
    fail(['stream'], 'response_format `json_schema` does not support streaming; set `stream` to false');
  // No tools of any kind: function tools, and the built-in browser_search / code_interpreter too.
  if ((body.tools?.length ?? 0) > 0) {
    fail(['tools'], 'response_format `json_schema` cannot be combined with tools');
  }
}

function limitRules(body: ChatRequest, model: CatalogModel | undefined, fail: Fail) {
  if (model && (model.kind === 'speech' || model.kind === 'tts')) {
    const kind = model.kind === 'speech' ? 'speech-to-text' : 'text-to-speech';
    fail(['model'], `\`${body.model}\` is a ${kind} model and does not support chat completions`);
  }
  const max = model?.maxCompletionTokens;
  for (const field of ['max_completion_tokens', 'max_tokens'] as const) {
    const value = body[field];
    if (max && value != null && value > max) {
      fail(
        [field],
        `\`${field}\` must be less than or equal to \`${max}\`, the maximum value for \`${field}\` ` +
          `for \`${body.model}\``,
      );
    }
  }
}

/** Per-model vision limits from the capability table; the 4 MB base64 rule applies to every model. */
function imageRules(messages: ChatMessage[], model: CatalogModel | undefined, modelId: string, fail: Fail) {
  let images = 0;
  messages.forEach((message, i) => {
    if (message.role !== 'user' || typeof message.content === 'string') return;
    message.content.forEach((part, j) => {
      if (part.type !== 'image_url') return;
      images += 1;
      const url = part.image_url.url;
      if (url.startsWith('data:') && url.length > MAX_BASE64_IMAGE_BYTES) {
        fail(
          ['messages', i, 'content', j, 'image_url', 'url'],
          `Request Entity Too Large: base64 encoded images are limited to 4MB (this one is ${(url.length / (1024 * 1024)).toFixed(2)} MB)`,
          { status: 413, code: 'request_too_large' },
        );
      }
      if (model && !model.capabilities.vision) {
        fail(['messages', i, 'content'], `\`${modelId}\` does not support images; choose a vision model`);
      }
    });
  });
  const limits = model?.vision;
  if (!limits || images === 0) return;
  if (images > limits.maxImages) {
    const allowed = limits.maxImages === 1 ? 'only 1 image' : `at most ${limits.maxImages} images`;
    fail(['messages'], `\`${modelId}\` accepts ${allowed} per request; this request has ${images}`);
  }
  if (!limits.systemPromptWithImages && messages.some((m) => m.role === 'system')) {
    fail(['messages'], `\`${modelId}\` does not support a system prompt together with an image`);
  }
}

/** Every rule, in the order a person would fix them. `model` is undefined for ids nobody knows. */
export function chatRequestRules(body: ChatRequest, model: CatalogModel | undefined, fail: Fail): void {
  unsupportedFields(body, fail);
  limitRules(body, model, fail);
  reasoningRules(body, model, fail);
  structuredOutputRules(body, fail);
  imageRules(body.messages, model, body.model, fail);
}

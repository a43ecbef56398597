/**
 * Groq's documented parameter bounds and defaults, shared by the request schema and the UI controls.
 */
export const TEMPERATURE = { min: 0, max: 2, step: 0.01, default: 1 } as const;
export const TOP_P = { min: 0, max: 1, step: 0.01, default: 1 } as const;
export const PENALTY = { min: -2, max: 2 } as const;
export const MAX_COMPLETION_TOKENS = { min: 1, default: 1024 } as const;
export const MAX_STOP_SEQUENCES = 4;
export const MAX_TOOLS = 128;
/** Requests with a base64-encoded image larger than this get a 413 (Vision docs). */
export const MAX_BASE64_IMAGE_BYTES = 4 * 1024 * 1024;
/** Requests with an image URL larger than this get a 400 (Vision docs); Groq checks, not us. */
export const MAX_IMAGE_URL_BYTES = 20 * 1024 * 1024;

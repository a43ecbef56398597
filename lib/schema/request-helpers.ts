/**
 * Helpers the browser needs from the request schema without the schema itself: importing a value
 * from `chat-request.ts` or `chat-messages.ts` pulls zod (≈30 kB gzip) into the first-load bundle.
 * Both schema modules re-export these, so server code keeps one import path.
 */
import type { ChatRequest, FunctionTool, Tool } from './chat-request';

export function isFunctionTool(tool: Tool): tool is FunctionTool {
  return tool.type === 'function';
}

/** What goes to Groq: the request minus the playground-only `guard` switch. */
export type GroqRequestBody = Omit<ChatRequest, 'guard'>;

export function toGroqRequestBody(request: ChatRequest): GroqRequestBody {
  const { guard: _guard, ...body } = request;
  return body;
}

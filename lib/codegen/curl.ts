import type { ChatRequest } from '../schema/chat-request';
import { toGroqRequestBody } from '../schema/request-helpers';

export const GROQ_CHAT_COMPLETIONS_URL = 'https://api.groq.com/openai/v1/chat/completions';

/** One POSIX shell word: single-quoted, with each `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A curl command that posts exactly `toGroqRequestBody(request)`; the key comes from `$GROQ_API_KEY`. */
export function generateCurl(request: ChatRequest): string {
  const body = toGroqRequestBody(request);
  const json = JSON.stringify(body, null, 2);
  return [
    // -N: print streamed (SSE) lines as they arrive instead of buffering them.
    `curl ${GROQ_CHAT_COMPLETIONS_URL} -s${body.stream ? ' -N' : ''} \\`,
    '  -H "Content-Type: application/json" \\',
    '  -H "Authorization: Bearer $GROQ_API_KEY" \\',
    `  -d ${shellQuote(json)}`,
  ].join('\n');
}

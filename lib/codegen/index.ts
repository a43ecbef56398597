/** "View code": the exact request the playground would send to Groq, as curl, Python, JavaScript or JSON. */
import type { ChatRequest } from '../schema/chat-request';
import { toGroqRequestBody } from '../schema/request-helpers';
import { generateCurl } from './curl';
import { generateJavaScript } from './javascript';
import { generatePython } from './python';

export type CodeLanguage = 'curl' | 'python' | 'javascript' | 'json';

export const CODE_LANGUAGES: { id: CodeLanguage; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'python', label: 'Python' },
  { id: 'javascript', label: 'JavaScript' },
  { id: 'json', label: 'JSON' },
];

/** The Groq request body, pretty-printed exactly as sent. */
export function generateJson(request: ChatRequest): string {
  return JSON.stringify(toGroqRequestBody(request), null, 2);
}

export function generateCode(request: ChatRequest, language: CodeLanguage): string {
  switch (language) {
    case 'curl':
      return generateCurl(request);
    case 'python':
      return generatePython(request);
    case 'javascript':
      return generateJavaScript(request);
    case 'json':
      return generateJson(request);
  }
}

export { GROQ_CHAT_COMPLETIONS_URL, generateCurl, shellQuote } from './curl';
export { generateJavaScript, javascriptObjectLiteral, javascriptString } from './javascript';
export { generatePython, pythonString } from './python';
export {
  generateSttCode,
  PLACEHOLDER_AUDIO_FILE,
  SPEECH_CODE_LANGUAGES,
  type SttCodeLanguage,
  type SttCodeRequest,
} from './stt';

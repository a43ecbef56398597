import type { ChatRequest } from '../schema/chat-request';
import { toGroqRequestBody } from '../schema/request-helpers';
import {
  INVISIBLE_OR_UNSAFE,
  javascriptProgram,
  jsonEntries,
  type LiteralSyntax,
  renderLiteral,
  unicodeEscape,
} from './literal';

/** A number or string option as a JavaScript literal (the audio generators' form fields). */
export function javascriptValue(value: string | number): string {
  return typeof value === 'number' ? JSON.stringify(value) : javascriptString(value);
}

/** A double-quoted JavaScript string literal; printable Unicode stays readable, the rest is escaped. */
export function javascriptString(value: string): string {
  // JSON.stringify already escapes quotes, backslashes, C0 controls and lone surrogates.
  return JSON.stringify(value).replace(INVISIBLE_OR_UNSAFE, (c) => unicodeEscape(c.charCodeAt(0)));
}

function javascriptKey(key: string): string {
  // `__proto__: x` (quoted or not) would set the prototype; a computed key makes an own property.
  if (key === '__proto__') return '["__proto__"]: ';
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${key}: ` : `${javascriptString(key)}: `;
}

const JAVASCRIPT: LiteralSyntax = {
  indent: '  ',
  null: 'null',
  true: 'true',
  false: 'false',
  string: javascriptString,
  key: javascriptKey,
};

/** The request body as a JavaScript object literal (identifier keys unquoted), indented for `depth`. */
export function javascriptObjectLiteral(request: ChatRequest, depth = 0): string {
  const entries = jsonEntries(toGroqRequestBody(request));
  return renderLiteral(Object.fromEntries(entries), JAVASCRIPT, depth);
}

/** An ES module using the official `groq-sdk` that sends exactly `toGroqRequestBody(request)`. */
export function generateJavaScript(request: ChatRequest): string {
  const output = toGroqRequestBody(request).stream
    ? [
        '  for await (const chunk of chatCompletion) {',
        '    process.stdout.write(chunk.choices[0]?.delta?.content || "");',
        '  }',
      ]
    : ['  console.log(chatCompletion.choices[0].message.content);'];
  return javascriptProgram([
    `  const chatCompletion = await groq.chat.completions.create(${javascriptObjectLiteral(request, 1)});`,
    '',
    ...output,
  ]);
}

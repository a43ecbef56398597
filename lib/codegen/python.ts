import type { ChatRequest } from '../schema/chat-request';
import { toGroqRequestBody } from '../schema/request-helpers';
import {
  INVISIBLE_OR_UNSAFE,
  jsonEntries,
  type LiteralSyntax,
  renderLiteral,
  unicodeEscape,
} from './literal';

const SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A double-quoted Python 3 string literal; printable Unicode stays readable, the rest is escaped. */
export function pythonString(value: string): string {
  const body = value
    .replace(/[\\"\n\r\t]/g, (c) => SHORT_ESCAPES[c] ?? c)
    .replace(INVISIBLE_OR_UNSAFE, (c) => {
      const unit = c.charCodeAt(0);
      return unit <= 0xff ? `\\x${unit.toString(16).padStart(2, '0')}` : unicodeEscape(unit);
    });
  return `"${body}"`;
}

const PYTHON: LiteralSyntax = {
  indent: '    ',
  null: 'None',
  true: 'True',
  false: 'False',
  string: pythonString,
  key: (key) => `${pythonString(key)}: `,
};

const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

function isPythonIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

/** Python source using the official `groq` SDK that sends exactly `toGroqRequestBody(request)`. */
export function generatePython(request: ChatRequest): string {
  const body = toGroqRequestBody(request);
  const args = jsonEntries(body).map(([key, value]) => {
    const literal = renderLiteral(value, PYTHON, 1);
    // Keys that are not identifiers cannot be keyword arguments; unpack them from a dict instead.
    return isPythonIdentifier(key) ? `    ${key}=${literal},` : `    **{${pythonString(key)}: ${literal}},`;
  });
  const output = body.stream
    ? ['for chunk in completion:', '    print(chunk.choices[0].delta.content or "", end="")']
    : ['print(completion.choices[0].message.content)'];
  return [
    ...PYTHON_CLIENT,
    'completion = client.chat.completions.create(',
    ...args,
    ')',
    '',
    ...output,
    '',
  ].join('\n');
}

/** The Groq client set up as the docs do it: the key comes from the environment, never the code. */
export const PYTHON_CLIENT: readonly string[] = [
  'import os',
  '',
  'from groq import Groq',
  '',
  'client = Groq(',
  '    api_key=os.environ.get("GROQ_API_KEY"),',
  ')',
  '',
];

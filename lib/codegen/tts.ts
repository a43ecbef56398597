/**
 * "View code" for Text to Speech: the requests Generate would send to Groq, as curl (writing the
 * audio to a file with -o), Python and JavaScript (groq-sdk's `audio.speech.create`) and the JSON
 * bodies. A text over 200 characters is several requests, one per piece, each saved to its own file.
 * Pure: requests in, source text out.
 */
import type { TtsRequest } from '../tts/schema';
import { shellQuote } from './curl';
import { javascriptString, javascriptValue } from './javascript';
import { javascriptProgram } from './literal';
import { PYTHON_CLIENT, pythonString } from './python';

export interface TtsCodeRequest {
  /** One body per piece, in order (at least one). */
  requests: TtsRequest[];
  /** The download name, e.g. "hello-there.wav". */
  fileName: string;
}

export type TtsCodeLanguage = 'curl' | 'python' | 'javascript' | 'json';

export const TTS_CODE_LANGUAGES: { id: TtsCodeLanguage; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'python', label: 'Python' },
  { id: 'javascript', label: 'JavaScript' },
  { id: 'json', label: 'JSON' },
];

export const TTS_URL = 'https://api.groq.com/openai/v1/audio/speech';

/** "speech.wav", or "speech-1.wav", "speech-2.wav"… when there are several pieces. */
export function pieceFileName(fileName: string, index: number, count: number): string {
  if (count <= 1) return fileName;
  const { stem, extension } = splitName(fileName);
  return `${stem}-${index + 1}${extension}`;
}

function splitName(fileName: string): { stem: string; extension: string } {
  const dot = fileName.lastIndexOf('.');
  return dot > 0
    ? { stem: fileName.slice(0, dot), extension: fileName.slice(dot) }
    : { stem: fileName, extension: '' };
}

const splitNote = (count: number) =>
  `Groq takes at most 200 characters per request: ${count} requests, one file each. The playground joins them into one WAV.`;

export function generateTtsCurl({ requests, fileName }: TtsCodeRequest): string {
  const commands = requests.map((body, i) =>
    [
      `curl ${TTS_URL} \\`,
      '  -H "Authorization: Bearer $GROQ_API_KEY" \\',
      '  -H "Content-Type: application/json" \\',
      `  -d ${shellQuote(JSON.stringify(body))} \\`,
      `  -o ${shellQuote(pieceFileName(fileName, i, requests.length))}`,
    ].join('\n'),
  );
  return `${requests.length > 1 ? `# ${splitNote(requests.length)}\n` : ''}${commands.join('\n\n')}\n`;
}

function pythonValue(value: string | number): string {
  return typeof value === 'number' ? JSON.stringify(value) : pythonString(value);
}

export function generateTtsPython({ requests, fileName }: TtsCodeRequest): string {
  const [first] = requests;
  if (!first) return '';
  const options = Object.entries(first).filter(([key]) => key !== 'input');
  if (requests.length === 1) {
    return [
      ...PYTHON_CLIENT,
      'response = client.audio.speech.create(',
      ...Object.entries(first).map(([key, value]) => `    ${key}=${pythonValue(value)},`),
      ')',
      `response.write_to_file(${pythonString(fileName)})`,
      '',
    ].join('\n');
  }
  const { stem, extension } = splitName(fileName);
  return [
    `# ${splitNote(requests.length)}`,
    ...PYTHON_CLIENT,
    'pieces = [',
    ...requests.map((r) => `    ${pythonString(r.input)},`),
    ']',
    '',
    'for number, piece in enumerate(pieces, start=1):',
    '    response = client.audio.speech.create(',
    ...options.map(([key, value]) => `        ${key}=${pythonValue(value)},`),
    '        input=piece,',
    '    )',
    `    response.write_to_file(${pythonString(`${stem}-`)} + str(number) + ${pythonString(extension)})`,
    '',
  ].join('\n');
}

export function generateTtsJavaScript({ requests, fileName }: TtsCodeRequest): string {
  const [first] = requests;
  if (!first) return '';
  const options = Object.entries(first).filter(([key]) => key !== 'input');
  const several = requests.length > 1;
  const { stem, extension } = splitName(fileName);
  const body = several
    ? [
        '  const pieces = [',
        ...requests.map((r) => `    ${javascriptString(r.input)},`),
        '  ];',
        '  for (const [i, piece] of pieces.entries()) {',
        '    const response = await groq.audio.speech.create({',
        ...options.map(([key, value]) => `      ${key}: ${javascriptValue(value)},`),
        '      input: piece,',
        '    });',
        `    const name = ${javascriptString(`${stem}-`)} + (i + 1) + ${javascriptString(extension)};`,
        '    await fs.promises.writeFile(name, Buffer.from(await response.arrayBuffer()));',
        '  }',
      ]
    : [
        '  const response = await groq.audio.speech.create({',
        ...Object.entries(first).map(([key, value]) => `    ${key}: ${javascriptValue(value)},`),
        '  });',
        `  await fs.promises.writeFile(${javascriptString(fileName)}, Buffer.from(await response.arrayBuffer()));`,
      ];
  return javascriptProgram(body, { fs: true, header: several ? [`// ${splitNote(requests.length)}`] : [] });
}

/** The request body (or, for several pieces, the list of bodies) exactly as sent. */
export function generateTtsJson({ requests }: TtsCodeRequest): string {
  return JSON.stringify(requests.length === 1 ? requests[0] : requests, null, 2);
}

export function generateTtsCode(request: TtsCodeRequest, language: TtsCodeLanguage): string {
  switch (language) {
    case 'curl':
      return generateTtsCurl(request);
    case 'python':
      return generateTtsPython(request);
    case 'javascript':
      return generateTtsJavaScript(request);
    case 'json':
      return generateTtsJson(request);
  }
}

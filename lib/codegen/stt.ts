/**
 * "View code" for Speech: the request the playground would send to Groq right now, as curl (`-F`),
 * Python (`client.audio.transcriptions.create`) and JavaScript (`groq.audio.transcriptions.create`).
 * Pure: fields in, source text out.
 */
import { STT_ENDPOINT, type SttTask } from '../stt/formats';
import { shellQuote } from './curl';
import { javascriptString, javascriptValue } from './javascript';
import { javascriptProgram } from './literal';
import { PYTHON_CLIENT, pythonString } from './python';

export interface SttCodeRequest {
  task: SttTask;
  /** The file name to show (the uploaded file's, or a placeholder). */
  fileName: string;
  /** Groq's form fields other than `file`, as `sttFields` builds them (model first). */
  fields: Record<string, string | number>;
}

export type SttCodeLanguage = 'curl' | 'python' | 'javascript';

export const SPEECH_CODE_LANGUAGES: { id: SttCodeLanguage; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'python', label: 'Python' },
  { id: 'javascript', label: 'JavaScript' },
];

/** Shown when no audio is chosen yet (the docs' own example name). */
export const PLACEHOLDER_AUDIO_FILE = 'sample_audio.m4a';

export function sttUrl(task: SttTask): string {
  return `https://api.groq.com/openai/v1/audio/${STT_ENDPOINT[task]}`;
}

/** curl's `-F name=@file` reads `;` `,` and quotes in the name as syntax; quote such names for curl. */
function curlFileName(name: string): string {
  return /[;,"\\]/.test(name) ? `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"` : name;
}

export function generateSttCurl(request: SttCodeRequest): string {
  const lines = [
    `curl ${sttUrl(request.task)} \\`,
    '  -H "Authorization: Bearer $GROQ_API_KEY" \\',
    `  -F ${shellQuote(`file=@${curlFileName(request.fileName)}`)}`,
  ];
  for (const [key, value] of Object.entries(request.fields)) {
    // --form-string sends the value verbatim (a prompt starting with @ or < is not a file).
    const option = typeof value === 'string' && key === 'prompt' ? '--form-string' : '-F';
    lines[lines.length - 1] += ' \\';
    lines.push(`  ${option} ${shellQuote(`${key}=${value}`)}`);
  }
  return lines.join('\n');
}

const resourceName = (task: SttTask) => STT_ENDPOINT[task];
const resultName = (task: SttTask) => (task === 'translate' ? 'translation' : 'transcription');

function pythonValue(value: string | number): string {
  return typeof value === 'number' ? JSON.stringify(value) : pythonString(value);
}

export function generateSttPython(request: SttCodeRequest): string {
  const result = resultName(request.task);
  const format = request.fields.response_format;
  const output =
    format === 'text'
      ? `print(${result})`
      : format === 'verbose_json'
        ? `print(${result}.to_json())`
        : `print(${result}.text)`;
  return [
    ...PYTHON_CLIENT,
    `filename = ${pythonString(request.fileName)}`,
    '',
    'with open(filename, "rb") as file:',
    `    ${result} = client.audio.${resourceName(request.task)}.create(`,
    '        file=(filename, file.read()),',
    ...Object.entries(request.fields).map(([key, value]) => `        ${key}=${pythonValue(value)},`),
    '    )',
    `    ${output}`,
    '',
  ].join('\n');
}

export function generateSttJavaScript(request: SttCodeRequest): string {
  const result = resultName(request.task);
  const format = request.fields.response_format;
  const output =
    format === 'text'
      ? `  console.log(${result});`
      : format === 'verbose_json'
        ? `  console.log(JSON.stringify(${result}, null, 2));`
        : `  console.log(${result}.text);`;
  return javascriptProgram(
    [
      `  const ${result} = await groq.audio.${resourceName(request.task)}.create({`,
      `    file: fs.createReadStream(${javascriptString(request.fileName)}),`,
      ...Object.entries(request.fields).map(([key, value]) => `    ${key}: ${javascriptValue(value)},`),
      '  });',
      output,
    ],
    { fs: true },
  );
}

export function generateSttCode(request: SttCodeRequest, language: SttCodeLanguage): string {
  switch (language) {
    case 'curl':
      return generateSttCurl(request);
    case 'python':
      return generateSttPython(request);
    case 'javascript':
      return generateSttJavaScript(request);
  }
}

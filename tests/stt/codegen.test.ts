/** View code for Speech: the exact text, then each snippet run for real against the simulator. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sineWav } from '@/e2e/support/audio';
import { generateSttCode, type SttCodeRequest, sttUrl } from '@/lib/codegen/stt';
import { startSimulatorServer } from '@/lib/simulator';
import { requireTool } from '../support/required-tool';

const KEY = 'gsk_speech_codegen_key';

const verbose: SttCodeRequest = {
  task: 'transcribe',
  fileName: 'tone.wav',
  fields: {
    model: 'whisper-large-v3',
    language: 'en',
    prompt: "It's @Groq; <LPU>",
    response_format: 'verbose_json',
    temperature: 0.2,
  },
};
const translation: SttCodeRequest = {
  task: 'translate',
  fileName: 'tone.wav',
  fields: { model: 'whisper-large-v3', response_format: 'json', temperature: 0 },
};

describe('generated text', () => {
  it('curl posts the form with -F, the prompt verbatim with --form-string', () => {
    expect(generateSttCode(verbose, 'curl')).toBe(
      [
        'curl https://api.groq.com/openai/v1/audio/transcriptions \\',
        '  -H "Authorization: Bearer $GROQ_API_KEY" \\',
        "  -F 'file=@tone.wav' \\",
        "  -F 'model=whisper-large-v3' \\",
        "  -F 'language=en' \\",
        `  --form-string 'prompt=It'\\''s @Groq; <LPU>' \\`,
        "  -F 'response_format=verbose_json' \\",
        "  -F 'temperature=0.2'",
      ].join('\n'),
    );
    expect(generateSttCode({ ...translation, fileName: 'a;b.wav' }, 'curl')).toContain(
      `-F 'file=@"a;b.wav"'`,
    );
  });

  it('Python calls client.audio.<endpoint>.create with the file and each field', () => {
    const python = generateSttCode(verbose, 'python');
    expect(python).toContain('filename = "tone.wav"');
    expect(python).toContain('    transcription = client.audio.transcriptions.create(');
    expect(python).toContain('        file=(filename, file.read()),\n        model="whisper-large-v3",');
    expect(python).toContain(
      '        prompt="It\'s @Groq; <LPU>",\n        response_format="verbose_json",\n        temperature=0.2,',
    );
    expect(generateSttCode(translation, 'python')).toContain(
      'translation = client.audio.translations.create(',
    );
  });

  it('JavaScript calls groq.audio.<endpoint>.create with a read stream', () => {
    const js = generateSttCode(translation, 'javascript');
    expect(js).toContain('const translation = await groq.audio.translations.create({');
    expect(js).toContain('    file: fs.createReadStream("tone.wav"),\n    model: "whisper-large-v3",');
    expect(js).toContain('  console.log(translation.text);');
  });
});

describe('generated code, run against the simulator', () => {
  let server: Awaited<ReturnType<typeof startSimulatorServer>>;
  let dir: string;
  const has = (command: string) => requireTool(command);

  beforeAll(async () => {
    server = await startSimulatorServer({ port: 0, apiKey: KEY, tokensPerSecond: 0, era: '2024' });
    dir = mkdtempSync(join(tmpdir(), 'speech-codegen-'));
    writeFileSync(join(dir, 'tone.wav'), sineWav(6).buffer);
    // ESM resolves groq-sdk from the script's folder upwards.
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => server.simulator.reset());

  const logged = () => server.simulator.requests.at(-1);

  /** Async, so this process's simulator can answer while the snippet runs. */
  function run(command: string, args: string[], env: Record<string, string>) {
    return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(command, args, { cwd: dir, env: { ...process.env, ...env }, timeout: 10_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  }

  it.skipIf(!has('curl'))('curl sends the same form', async () => {
    const script = generateSttCode(verbose, 'curl').replace(
      sttUrl('transcribe'),
      `${server.url}/openai/v1/audio/transcriptions`,
    );
    const result = await run('sh', ['-c', script], { GROQ_API_KEY: KEY });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ task: 'transcribe', duration: 6 });
    expect(logged()?.body).toMatchObject({
      fields: { model: 'whisper-large-v3', language: 'en', prompt: "It's @Groq; <LPU>", temperature: '0.2' },
      file: { name: 'tone.wav' },
    });
  });

  it('JavaScript (groq-sdk) sends the same form and prints the text', async () => {
    writeFileSync(join(dir, 'main.mjs'), generateSttCode(translation, 'javascript'));
    const result = await run('node', ['main.mjs'], { GROQ_API_KEY: KEY, GROQ_BASE_URL: server.url });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^This is the English translation of the recording\./);
    expect(logged()).toMatchObject({ path: '/openai/v1/audio/translations', status: 200 });
    expect(logged()?.body).toMatchObject({ fields: { model: 'whisper-large-v3', temperature: '0' } });
  });

  it.skipIf(!has('python3'))('Python sends the same fields (with a fake groq module)', async () => {
    writeFileSync(join(dir, 'main.py'), generateSttCode(verbose, 'python'));
    const result = await run('python3', ['-c', PYTHON_HARNESS], {
      GROQ_API_KEY: KEY,
      PYTHONIOENCODING: 'utf-8',
    });
    expect(result.stderr).toBe('');
    const [printed, json] = result.stdout.split('@@CALL@@');
    expect(printed).toBe('{"text": "Hello"}\n');
    expect(JSON.parse(json ?? 'null')).toEqual({
      resource: 'transcriptions',
      api_key: KEY,
      file: ['tone.wav', sineWav(6).buffer.length],
      kwargs: verbose.fields,
    });
  });
});

/** A stand-in `groq` module that records the create() call, then runs main.py. */
const PYTHON_HARNESS = `
import json, sys, types
call = {}
class Result:
    text = "Hello"
    def to_json(self):
        return json.dumps({"text": self.text})
class Resource:
    def __init__(self, name):
        self.name = name
    def create(self, file, **kwargs):
        call.update(resource=self.name, file=[file[0], len(file[1])], kwargs=kwargs)
        return Result()
class Groq:
    def __init__(self, api_key=None):
        call["api_key"] = api_key
        self.audio = types.SimpleNamespace(transcriptions=Resource("transcriptions"), translations=Resource("translations"))
module = types.ModuleType("groq")
module.Groq = Groq
sys.modules["groq"] = module
exec(compile(open("main.py").read(), "main.py", "exec"), {"__name__": "__main__"})
sys.stdout.write("@@CALL@@" + json.dumps(call))
`;

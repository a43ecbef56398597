/** Runs the generated Python and curl snippets for real (with fake SDK / curl) and checks what they send. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateCode } from '@/lib/codegen';
import { toGroqRequestBody } from '@/lib/schema/chat-request';
import { requireTool } from '../support/required-tool';
import { CASES, expectedBody } from './fixtures';

const FAKE_KEY = 'gsk_from_the_environment';

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const hasPython = requireTool('python3');
const shells = ['bash', 'sh'].filter((shell) => available(shell, ['-c', 'exit 0']));
// CI must run the curl snippets: sh is part of every image CI uses.
if (shells.length === 0) requireTool('sh', ['-c', 'exit 0']);

/** Installs a fake `groq` module, then parses and runs the program from stdin. */
const PYTHON_HARNESS = String.raw`
import ast, json, sys, types

calls = {}

class Obj:
    def __init__(self, **fields):
        self.__dict__.update(fields)

class Completions:
    def create(self, **kwargs):
        calls["kwargs"] = kwargs
        if kwargs.get("stream"):
            return iter([
                Obj(choices=[Obj(delta=Obj(content="Hel"))]),
                Obj(choices=[Obj(delta=Obj(content=None))]),
                Obj(choices=[Obj(delta=Obj(content="lo"))]),
            ])
        return Obj(choices=[Obj(message=Obj(content="Hello"))])

class Groq:
    def __init__(self, api_key=None):
        calls["api_key"] = api_key
        self.chat = Obj(completions=Completions())

module = types.ModuleType("groq")
module.Groq = Groq
sys.modules["groq"] = module

source = sys.stdin.read()
tree = ast.parse(source)
# Every keyword argument of create() must be a plain literal.
create = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "create")
literals = {kw.arg: ast.literal_eval(kw.value) for kw in create.keywords}
exec(compile(tree, "<generated>", "exec"), {"__name__": "__main__"})
assert literals == calls["kwargs"], "literal_eval disagrees with the call"
sys.stdout.write("\n@@RESULT@@" + json.dumps(calls))
`;

describe.skipIf(!hasPython)('generated Python (run with python3 and a fake groq module)', () => {
  it.each(CASES)('$name', ({ request }) => {
    const body = toGroqRequestBody(request);
    const result = spawnSync('python3', ['-c', PYTHON_HARNESS], {
      input: generateCode(request, 'python'),
      env: { ...process.env, GROQ_API_KEY: FAKE_KEY, PYTHONIOENCODING: 'utf-8' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [output, json] = result.stdout.split('\n@@RESULT@@');
    const calls = JSON.parse(json ?? 'null') as { api_key: string; kwargs: Record<string, unknown> };
    expect(calls.api_key).toBe(FAKE_KEY);
    expect(calls.kwargs).toStrictEqual(expectedBody(request));
    expect(Object.keys(calls.kwargs)).toEqual(Object.keys(body));
    expect(output).toBe(body.stream ? 'Hello' : 'Hello\n');
  });
});

describe.skipIf(shells.length === 0)('generated curl (run by a POSIX shell with a fake curl)', () => {
  describe.each(shells)('%s', (shell) => {
    it.each(CASES)('$name', ({ request }) => {
      const body = toGroqRequestBody(request);
      // The fake curl prints each argument it received, NUL-terminated.
      const script = `curl() { for arg in "$@"; do printf '%s\\000' "$arg"; done; }\n${generateCode(request, 'curl')}`;
      const result = spawnSync(shell, ['-c', script], {
        env: { ...process.env, GROQ_API_KEY: FAKE_KEY },
      });
      expect(result.stderr.toString()).toBe('');
      expect(result.status).toBe(0);
      const args = result.stdout.toString('utf8').split('\0').slice(0, -1);
      expect(args).toEqual([
        'https://api.groq.com/openai/v1/chat/completions',
        '-s',
        ...(body.stream ? ['-N'] : []),
        '-H',
        'Content-Type: application/json',
        '-H',
        `Authorization: Bearer ${FAKE_KEY}`,
        '-d',
        generateCode(request, 'json'),
      ]);
      expect(JSON.parse(args.at(-1) ?? '')).toStrictEqual(expectedBody(request));
    });
  });
});

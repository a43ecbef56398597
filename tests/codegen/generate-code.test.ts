import { describe, expect, it } from 'vitest';
import { CODE_LANGUAGES, generateCode, javascriptString, pythonString, shellQuote } from '@/lib/codegen';
import { toGroqRequestBody } from '@/lib/schema/chat-request';
import { CASES, expectedBody, HOSTILE_PROMPT } from './fixtures';

interface JsRun {
  params: unknown;
  constructorArgs: unknown[];
  output: string;
}

/** Runs the generated JavaScript with a fake `groq-sdk`, capturing the create() params and the output. */
async function runJavaScript(code: string): Promise<JsRun> {
  const source = code.replace(/^import Groq from "groq-sdk";$/m, '');
  expect(source).not.toBe(code);
  const run: JsRun = { params: undefined, constructorArgs: [], output: '' };
  class FakeGroq {
    constructor(...args: unknown[]) {
      run.constructorArgs = args;
    }
    chat = {
      completions: {
        create: async (params: { stream?: boolean }) => {
          run.params = params;
          if (!params.stream) return { choices: [{ message: { content: 'Hello' } }] };
          return (async function* () {
            yield { choices: [{ delta: { content: 'Hel' } }] };
            yield { choices: [{ delta: {} }] };
            yield { choices: [] };
            yield { choices: [{ delta: { content: 'lo' } }] };
          })();
        },
      },
    };
  }
  const fakeProcess = {
    env: { GROQ_API_KEY: 'gsk_fake' },
    stdout: { write: (text: string) => (run.output += text) },
  };
  const fakeConsole = { log: (text: unknown) => (run.output += `${String(text)}\n`) };
  new Function('Groq', 'process', 'console', source)(FakeGroq, fakeProcess, fakeConsole);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return run;
}

describe('generateCode', () => {
  it('lists the four languages in the playground order', () => {
    expect(CODE_LANGUAGES).toEqual([
      { id: 'curl', label: 'curl' },
      { id: 'python', label: 'Python' },
      { id: 'javascript', label: 'JavaScript' },
      { id: 'json', label: 'JSON' },
    ]);
  });

  describe.each(CASES)('$name', ({ request }) => {
    const body = toGroqRequestBody(request);

    it('JSON is exactly the body sent to Groq, fields in order', () => {
      const json = generateCode(request, 'json');
      expect(json).toBe(JSON.stringify(body, null, 2));
      expect(JSON.parse(json)).toEqual(body);
      expect(Object.keys(JSON.parse(json))).toEqual(Object.keys(expectedBody(request) as object));
    });

    it('never contains the playground-only guard field', () => {
      for (const { id } of CODE_LANGUAGES) expect(generateCode(request, id)).not.toMatch(/\bguard\b/);
    });

    it('JavaScript sends the same body and prints the answer', async () => {
      const code = generateCode(request, 'javascript');
      const run = await runJavaScript(code);
      expect(run.params).toStrictEqual(expectedBody(request));
      expect(Object.keys(run.params as object)).toEqual(Object.keys(body));
      expect(run.constructorArgs).toEqual([]);
      expect(run.output).toBe(body.stream ? 'Hello' : 'Hello\n');
      expect(code.includes('for await (const chunk of chatCompletion)')).toBe(body.stream === true);
      expect(code.includes('console.log(chatCompletion.choices[0].message.content);')).toBe(!body.stream);
    });

    it('Python calls the groq SDK and streams iff stream is on', () => {
      const code = generateCode(request, 'python');
      expect(code).toContain('from groq import Groq');
      expect(code).toContain('api_key=os.environ.get("GROQ_API_KEY")');
      expect(code).toContain('completion = client.chat.completions.create(');
      expect(code).toContain(`    model=${pythonString(request.model)},`);
      for (const key of Object.keys(body)) expect(code).toMatch(new RegExp(`^    ${key}=`, 'm'));
      expect(code.includes('for chunk in completion:')).toBe(body.stream === true);
      expect(code.includes('print(completion.choices[0].message.content)')).toBe(!body.stream);
      expect(code).not.toMatch(/(=|: |^\s+)(true|false|null),?$/m);
    });

    it('curl posts to Groq with the key from $GROQ_API_KEY', () => {
      const code = generateCode(request, 'curl');
      expect(code.startsWith('curl https://api.groq.com/openai/v1/chat/completions -s')).toBe(true);
      expect(code).toContain('-H "Content-Type: application/json"');
      expect(code).toContain('-H "Authorization: Bearer $GROQ_API_KEY"');
      expect(code).toContain(`-d ${shellQuote(generateCode(request, 'json'))}`);
    });
  });

  it('never shows a real key, even when one is in the environment', () => {
    const previous = process.env.GROQ_API_KEY;
    process.env.GROQ_API_KEY = 'gsk_super_secret_value';
    try {
      for (const { request } of CASES) {
        for (const { id } of CODE_LANGUAGES) {
          const code = generateCode(request, id);
          expect(code).not.toContain('gsk_');
          if (id !== 'json') expect(code).toMatch(/\$GROQ_API_KEY|os\.environ|process\.env/);
        }
      }
    } finally {
      if (previous === undefined) delete process.env.GROQ_API_KEY;
      else process.env.GROQ_API_KEY = previous;
    }
  });
});

describe('string literals', () => {
  it('Python strings escape quotes, backslashes, newlines and invisible characters', () => {
    expect(pythonString('say "hi"')).toBe('"say \\"hi\\""');
    expect(pythonString('a\\b')).toBe('"a\\\\b"');
    expect(pythonString('one\ntwo\r\tthree')).toBe('"one\\ntwo\\r\\tthree"');
    expect(pythonString("it's")).toBe('"it\'s"');
    expect(pythonString('\u0000\u001b\u007f\u0085')).toBe('"\\x00\\x1b\\x7f\\x85"');
    expect(pythonString('\u2028\ufeff\ud800')).toBe('"\\u2028\\ufeff\\ud800"');
    expect(pythonString('ünï 😀 日本')).toBe('"ünï 😀 日本"');
  });

  it('JavaScript strings decode to the original, printable Unicode kept readable', () => {
    const literal = javascriptString(HOSTILE_PROMPT);
    expect(new Function(`return ${literal};`)()).toBe(HOSTILE_PROMPT);
    expect(literal).toContain('ünïcödé 😀 日本語');
    expect(literal).toContain('\\u2028');
    expect(literal).toContain('\\ud800');
  });

  it("shell quoting escapes single quotes as '\\''", () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$HOME `x`')).toBe("'$HOME `x`'");
  });

  it('JavaScript object keys that are not identifiers stay quoted; __proto__ stays an own key', async () => {
    const request = {
      model: 'm',
      messages: [{ role: 'user' as const, content: 'hi' }],
      tools: [
        {
          type: 'function' as const,
          function: {
            name: 'lookup',
            parameters: JSON.parse('{"type":"object","properties":{"a-b":{},"__proto__":{"x":1},"$ok":[]}}'),
          },
        },
      ],
    };
    const code = generateCode(request, 'javascript');
    expect(code).toContain('"a-b": {}');
    expect(code).toContain('["__proto__"]: {');
    expect(code).toContain('$ok: []');
    const run = await runJavaScript(code);
    expect(run.params).toStrictEqual(expectedBody(request));
  });
});

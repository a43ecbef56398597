import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  GROQ_RESPONSES_URL,
  generateResponsesCode,
  generateResponsesCurl,
  generateResponsesJavaScript,
  generateResponsesJson,
  generateResponsesPython,
} from '@/lib/codegen/responses';
import type { ResponsesRequest } from '@/lib/schema/responses-request';

const TOKEN = 'ghp_do_not_show_1234';
const body: ResponsesRequest = {
  model: 'openai/gpt-oss-20b',
  instructions: "You're terse.",
  input: 'Summarise the repo',
  tools: [
    {
      type: 'mcp',
      server_label: 'deepwiki',
      server_url: 'https://mcp.deepwiki.com/mcp',
      headers: { Authorization: `Bearer ${TOKEN}` },
      require_approval: 'never',
    },
  ],
  stream: true,
};

describe('View code for the Responses API', () => {
  it('never shows an MCP header value, in any language', () => {
    for (const language of ['curl', 'python', 'javascript', 'json'] as const) {
      const code = generateResponsesCode(body, language);
      expect(code, language).not.toContain(TOKEN);
      expect(code, language).toContain('MCP_DEEPWIKI_TOKEN');
    }
  });

  it('JSON is the body as sent, with the placeholder', () => {
    expect(JSON.parse(generateResponsesJson(body))).toEqual({
      ...body,
      tools: [{ ...body.tools?.[0], headers: { Authorization: 'Bearer $MCP_DEEPWIKI_TOKEN' } }],
    });
  });

  it('curl posts to /openai/v1/responses and the shell fills the token from the environment', () => {
    const curl = generateResponsesCurl(body);
    expect(curl).toContain(`curl ${GROQ_RESPONSES_URL} -s -N`);
    // Run it with a `curl` function that prints the body it would send.
    const script = `curl() { while [ "$1" != "-d" ]; do shift; done; printf '%s' "$2"; }\n${curl}`;
    const sent = execFileSync('bash', ['-c', script], {
      env: { ...process.env, MCP_DEEPWIKI_TOKEN: 'from_env_42', GROQ_API_KEY: 'k' },
    }).toString();
    expect(JSON.parse(sent)).toEqual({
      ...body,
      tools: [{ ...body.tools?.[0], headers: { Authorization: 'Bearer from_env_42' } }],
    });
  });

  it("Python uses the openai SDK on Groq's base URL and reads the token from os.environ", () => {
    const python = generateResponsesPython(body);
    expect(python).toContain('from openai import OpenAI');
    expect(python).toContain('base_url="https://api.groq.com/openai/v1"');
    expect(python).toContain('client.responses.create(');
    expect(python).toContain('instructions="You\'re terse.",');
    expect(python).toContain('"Authorization": "Bearer " + os.environ["MCP_DEEPWIKI_TOKEN"]');
    execFileSync('python3', ['-c', `import ast, sys; ast.parse(sys.stdin.read())`], { input: python });
  });

  it("JavaScript uses the openai SDK on Groq's base URL and reads the token from process.env", () => {
    const js = generateResponsesJavaScript(body);
    expect(js).toContain('import OpenAI from "openai";');
    expect(js).toContain('baseURL: "https://api.groq.com/openai/v1"');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated code's own template literal
    expect(js).toContain('Authorization: `Bearer ${process.env.MCP_DEEPWIKI_TOKEN}`');
    expect(js).toContain('response.output_text.delta');
    execFileSync(process.execPath, ['--input-type=module', '--check'], { input: js });
  });
});

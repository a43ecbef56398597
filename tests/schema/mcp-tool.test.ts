import { describe, expect, it } from 'vitest';
import { parseChatRequest } from '@/lib/rules/parse-chat-request';
import { parseResponsesRequest } from '@/lib/schema/responses-request';

const mcp = (overrides: Record<string, unknown> = {}) => ({
  type: 'mcp',
  server_label: 'deepwiki',
  server_url: 'https://mcp.deepwiki.com/mcp',
  headers: { Authorization: 'Bearer t' },
  allowed_tools: ['ask_question'],
  server_description: 'Docs',
  require_approval: 'never',
  ...overrides,
});
const chat = (tools: unknown[]) =>
  parseChatRequest({ model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content: 'hi' }], tools });
const message = (result: ReturnType<typeof chat>) => (result.ok ? 'OK' : result.error.message);

describe('the mcp tool in the request schemas', () => {
  it('accepts the documented shape beside function and built-in tools', () => {
    const result = chat([mcp(), { type: 'browser_search' }, { type: 'function', function: { name: 'f' } }]);
    expect(result.ok).toBe(true);
    expect(parseResponsesRequest({ model: 'openai/gpt-oss-20b', input: 'hi', tools: [mcp()] }).ok).toBe(true);
  });

  it('names the field that is wrong', () => {
    expect(message(chat([mcp({ server_label: '9lives' })]))).toMatch(
      /^'tools\.0\.server_label' : must start with a letter/,
    );
    expect(message(chat([mcp({ server_url: 'ftp://x.example' })]))).toBe(
      "'tools.0.server_url' : must be an http(s) URL",
    );
    expect(message(chat([mcp({ headers: { 'Bad Name': 'x' } })]))).toMatch(
      /^'tools\.0\.headers\.Bad Name' : `Bad Name` is not a valid header name/,
    );
    expect(message(chat([mcp({ require_approval: 'always' })]))).toMatch(/^'tools\.0\.require_approval'/);
    expect(message(chat([mcp({ connector: 'x' })]))).toBe(
      "'tools.0.connector' : property 'connector' is unsupported",
    );
  });

  it('refuses two servers with one label', () => {
    expect(message(chat([mcp(), mcp({ server_url: 'https://other.example/mcp' })]))).toBe(
      "'tools.1.server_label' : MCP server label `deepwiki` is used twice; each server needs its own label",
    );
  });

  it('keeps the function tool message precise', () => {
    expect(message(chat([{ type: 'function' }]))).toBe("'tools.0.function' : property 'function' is missing");
  });
});

import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '@/lib/mcp/address';
import { checkMcpServer, checkMcpServers, type McpServerDraft, parseHeaderLines } from '@/lib/mcp/validate';

const draft = (overrides: Partial<McpServerDraft> = {}): McpServerDraft => ({
  label: 'deepwiki',
  url: 'https://mcp.deepwiki.com/mcp',
  headers: '',
  allowedTools: '',
  description: '',
  ...overrides,
});
const codes = (d: McpServerDraft, others: string[] = []) =>
  checkMcpServer(d, others).problems.map((p) => p.code);

describe('checking an MCP server as typed in the tools panel', () => {
  it('builds the tools entry Groq takes, with require_approval never', () => {
    const result = checkMcpServer(
      draft({
        headers: 'Authorization: Bearer abc:def\n\nX-Team: blue',
        allowedTools: 'ask, read_wiki ,',
        description: ' Docs ',
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.tool).toEqual({
      type: 'mcp',
      server_label: 'deepwiki',
      server_url: 'https://mcp.deepwiki.com/mcp',
      headers: { Authorization: 'Bearer abc:def', 'X-Team': 'blue' },
      allowed_tools: ['ask', 'read_wiki'],
      server_description: 'Docs',
      require_approval: 'never',
    });
  });

  it('refuses a URL that is not http(s)', () => {
    expect(codes(draft({ url: 'ftp://files.example.com/mcp' }))).toEqual(['url_not_http']);
    expect(codes(draft({ url: 'not a url' }))).toEqual(['url_invalid']);
    expect(checkMcpServer(draft({ url: 'ws://x.example/mcp' })).tool).toBeNull();
  });

  it('refuses a label Groq would refuse', () => {
    for (const label of ['9lives', 'has space', 'dots.not.ok', 'x'.repeat(65)]) {
      expect(codes(draft({ label })), label).toEqual(['label_invalid']);
    }
    expect(codes(draft({ label: '  ' }))).toEqual(['label_missing']);
    expect(codes(draft({ label: 'Git_hub-2' }))).toEqual([]);
  });

  it('names the header line without a colon and the header name with invalid characters', () => {
    const parsed = parseHeaderLines('Authorization: Bearer t\nno colon here\nBad Name: x\n: empty');
    expect(parsed.problems.map((p) => [p.code, p.line])).toEqual([
      ['header_no_colon', 2],
      ['header_name_invalid', 3],
      ['header_name_invalid', 4],
    ]);
    expect(parsed.problems[1]?.message).toContain('`Bad Name` is not a valid header name');
    expect(parsed.headers).toEqual({ Authorization: 'Bearer t' });
  });

  it('flags the second of two servers with the same label', () => {
    const results = checkMcpServers([draft(), draft({ url: 'https://other.example/mcp' })]);
    expect(results[0]?.problems).toEqual([]);
    expect(results[1]?.problems.map((p) => p.code)).toEqual(['label_duplicate']);
  });

  it('warns about loopback and private addresses but still builds the entry', () => {
    for (const url of [
      'http://127.0.0.1:3000/mcp',
      'http://localhost/mcp',
      'http://10.1.2.3/mcp',
      'http://[::1]:9/mcp',
      'http://192.168.0.5/mcp',
      'http://mcp-box/mcp',
    ]) {
      const result = checkMcpServer(draft({ url }));
      expect(
        result.problems.map((p) => [p.code, p.severity]),
        url,
      ).toEqual([['url_private', 'warning']]);
      expect(result.tool?.server_url).toBe(url);
    }
  });

  it('knows public from private hosts', () => {
    expect(isPrivateHost('mcp.deepwiki.com')).toBe(false);
    expect(isPrivateHost('8.8.8.8')).toBe(false);
    expect(isPrivateHost('172.20.0.1')).toBe(true);
    expect(isPrivateHost('172.32.0.1')).toBe(false);
    expect(isPrivateHost('fd00::1')).toBe(true);
    expect(isPrivateHost(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe(true);
    expect(isPrivateHost('printer.local')).toBe(true);
  });
});

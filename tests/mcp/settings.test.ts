import { describe, expect, it } from 'vitest';
import { mcpRequestTools, mcpServerInputs, readMcpServerSettings } from '@/lib/mcp/settings';

const server = (patch: Partial<Parameters<typeof mcpRequestTools>[0][number]> = {}) => ({
  id: 's1',
  enabled: true,
  label: 'weather',
  url: 'http://127.0.0.1:9000/mcp',
  headers: 'Authorization: Bearer s3cret',
  allowedTools: 'get_forecast, count_words',
  description: 'Forecasts',
  ...patch,
});

describe('mcpRequestTools', () => {
  it('sends each server that is on as a Groq mcp tool, headers and allowed tools parsed', () => {
    const { tools, problem } = mcpRequestTools([server()]);
    expect(problem).toBeNull();
    expect(tools).toEqual([
      {
        type: 'mcp',
        server_label: 'weather',
        server_url: 'http://127.0.0.1:9000/mcp',
        headers: { Authorization: 'Bearer s3cret' },
        allowed_tools: ['get_forecast', 'count_words'],
        server_description: 'Forecasts',
        require_approval: 'never',
      },
    ]);
  });

  it('leaves a server that is off out, and does not hold Submit for its errors', () => {
    const { tools, problem } = mcpRequestTools([server({ enabled: false, url: 'ftp://x' })]);
    expect(tools).toEqual([]);
    expect(problem).toBeNull();
  });

  it('names the server and its error when a server that is on cannot be sent', () => {
    const { tools, problem } = mcpRequestTools([
      server(),
      server({ id: 's2', headers: 'Authorization Bearer x' }),
    ]);
    // The second has the same label (and a header line without a colon): only the first is sent.
    expect(tools.map((t) => t.server_label)).toEqual(['weather']);
    expect(problem).toContain('MCP server weather: Another MCP server is already labelled weather.');
  });

  it('a private address is only a warning: the server is still sent', () => {
    expect(mcpRequestTools([server({ url: 'http://localhost:3000/mcp' })]).tools).toHaveLength(1);
  });
});

describe('server settings', () => {
  it('joins header text back by id (absent headers are empty)', () => {
    const saved = { id: 'a', enabled: true, label: 'x', url: 'u', allowedTools: '', description: '' };
    expect(mcpServerInputs([saved], {})[0]?.headers).toBe('');
    expect(mcpServerInputs([saved], { a: 'X-Key: 1' })[0]?.headers).toBe('X-Key: 1');
  });

  it('reads saved or shared servers field by field and never keeps a headers field', () => {
    const read = readMcpServerSettings([
      { id: 'a', label: 'docs', url: 'https://x/mcp', headers: 'Authorization: Bearer leak', enabled: false },
      'junk',
    ]);
    expect(read).toEqual([
      { id: 'a', enabled: false, label: 'docs', url: 'https://x/mcp', allowedTools: '', description: '' },
    ]);
    expect(JSON.stringify(read)).not.toContain('leak');
    expect(readMcpServerSettings({})).toEqual([]);
  });
});

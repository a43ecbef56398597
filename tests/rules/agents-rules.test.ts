import { describe, expect, it } from 'vitest';
import { resolveChatRequest } from '@/lib/chat/build-request';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const mcpServer = {
  id: 's1',
  enabled: true,
  label: 'weather',
  url: 'https://mcp.example.com/mcp',
  headers: '',
  allowedTools: '',
  description: '',
};
const user = [{ id: 'u', role: 'user' as const, content: 'Forecast for Paris?' }];
const settings = (model: string, extra = {}) => ({
  ...DEFAULT_PARAMETERS,
  model,
  system: '',
  mcpServers: [mcpServer],
  ...extra,
});

describe('remote MCP by model', () => {
  it('sends the server beside the other tools on a model that takes tools', () => {
    const { request, problems } = resolveChatRequest(
      settings('openai/gpt-oss-20b', { browserSearch: true }),
      user,
    );
    expect(request.tools?.map((t) => t.type)).toEqual(['browser_search', 'mcp']);
    expect(problems.filter((p) => p.blocking)).toEqual([]);
  });

  it('holds Submit with a named problem on a model without MCP (not a silent drop)', () => {
    const { problems } = resolveChatRequest(settings('openai/gpt-oss-safeguard-20b'), user);
    const problem = problems.find((p) => p.code === 'mcp-unsupported');
    expect(problem).toMatchObject({ field: 'mcpServers', blocking: true });
    expect(problem?.message).toContain('does not support remote MCP servers: turn off weather');
  });

  it('lets an unknown model try (Groq has the last word)', () => {
    const { problems } = resolveChatRequest(settings('someone/new-model'), user);
    expect(problems.some((p) => p.code === 'mcp-unsupported')).toBe(false);
  });
});

describe('settings the Responses API does not take', () => {
  it('are notices, each named and marked "Not sent with the Responses API"', () => {
    const { problems } = resolveChatRequest(
      settings('openai/gpt-oss-20b', { api: 'responses', stop: ['END'], seed: 7, mcpServers: [] }),
      user,
    );
    const api = problems.filter((p) => p.field === 'api');
    expect(api.map((p) => p.message)).toEqual([
      'Stop Sequences: Not sent with the Responses API (the Responses API has no stop sequences).',
      'Seed: Not sent with the Responses API (the Responses API takes no seed).',
    ]);
    expect(api.every((p) => !p.blocking)).toBe(true);
  });

  it('are not raised with Chat Completions', () => {
    const { problems } = resolveChatRequest(settings('openai/gpt-oss-20b', { stop: ['END'] }), user);
    expect(problems.some((p) => p.field === 'api')).toBe(false);
  });
});

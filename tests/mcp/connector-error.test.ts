import { describe, expect, it } from 'vitest';
import { failingServerLabel, isConnectorError } from '@/lib/mcp/connector-error';

const tool = (label: string) => ({ type: 'mcp', server_label: label, server_url: 'https://x/mcp' });

describe('the failing MCP server', () => {
  it('is the label Groq quotes, longest label first', () => {
    const tools = [tool('docs'), tool('docs-v2'), { type: 'browser_search' }];
    expect(failingServerLabel("Error connecting to MCP server 'docs-v2': HTTP 401", tools)).toBe('docs-v2');
    expect(failingServerLabel("Error connecting to MCP server 'docs': HTTP 401", tools)).toBe('docs');
  });

  it('is the only MCP server when the message names none, else unknown', () => {
    expect(failingServerLabel('connector failed', [tool('weather')])).toBe('weather');
    expect(failingServerLabel('connector failed', [tool('a'), tool('b')])).toBeNull();
    expect(failingServerLabel('connector failed', null)).toBeNull();
  });

  it('is recognised by its type or code', () => {
    expect(isConnectorError({ status: 424, type: 'external_connector_error', code: null })).toBe(true);
    expect(isConnectorError({ status: 400, type: 'invalid_request_error', code: null })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  headerPlaceholder,
  mcpHeaderSecrets,
  placeholderMcpHeaders,
  redactMcpHeaders,
  scrubSecrets,
} from '@/lib/mcp/redact';

const body = {
  model: 'openai/gpt-oss-20b',
  messages: [{ role: 'user', content: 'hi' }],
  tools: [
    { type: 'function', function: { name: 'f' } },
    {
      type: 'mcp',
      server_label: 'git-hub',
      server_url: 'https://mcp.example.com',
      headers: { Authorization: 'Bearer ghp_secret123', 'X-Api-Key': 'k-998877' },
    },
  ],
};

describe('keeping MCP header values secret', () => {
  it('replaces every header value with *** for logs and Inspect, leaving the rest and the input alone', () => {
    const redacted = redactMcpHeaders(body);
    expect(redacted.tools[1]).toMatchObject({ headers: { Authorization: '***', 'X-Api-Key': '***' } });
    expect(redacted.tools[0]).toEqual(body.tools[0]);
    expect(JSON.stringify(redacted)).not.toMatch(/ghp_secret123|k-998877/);
    expect(body.tools[1]).toMatchObject({ headers: { Authorization: 'Bearer ghp_secret123' } });
  });

  it('gives View code placeholders named after the label', () => {
    expect(headerPlaceholder('git-hub', 'Authorization', 'Bearer x')).toBe('Bearer $MCP_GIT_HUB_TOKEN');
    expect(headerPlaceholder('git-hub', 'X-Api-Key', 'k')).toBe('$MCP_GIT_HUB_X_API_KEY');
    expect(placeholderMcpHeaders(body).tools[1]).toMatchObject({
      headers: { Authorization: 'Bearer $MCP_GIT_HUB_TOKEN', 'X-Api-Key': '$MCP_GIT_HUB_X_API_KEY' },
    });
  });

  it('cuts header values (and the bare token) out of error text', () => {
    const secrets = mcpHeaderSecrets(body.tools);
    expect(secrets).toEqual(expect.arrayContaining(['Bearer ghp_secret123', 'ghp_secret123', 'k-998877']));
    expect(scrubSecrets('upstream said: token ghp_secret123 rejected; key k-998877', secrets)).toBe(
      'upstream said: token *** rejected; key ***',
    );
  });
});

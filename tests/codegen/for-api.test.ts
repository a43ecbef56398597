import { describe, expect, it } from 'vitest';
import { codeGeneratorFor } from '@/lib/codegen/for-api';
import type { ChatRequest } from '@/lib/schema/chat-request';

const request: ChatRequest = {
  model: 'openai/gpt-oss-120b',
  messages: [
    { role: 'system', content: 'Be terse.' },
    { role: 'user', content: 'Forecast?' },
  ],
  tools: [
    {
      type: 'mcp',
      server_label: 'weather',
      server_url: 'https://mcp.example.com/mcp',
      headers: { Authorization: 'Bearer tok-secret-123' },
      require_approval: 'never',
    },
  ],
};

describe('View code for the chosen API', () => {
  it('Chat Completions: every language shows a placeholder, never the header value', () => {
    for (const language of ['curl', 'python', 'javascript', 'json'] as const) {
      const code = codeGeneratorFor('chat')(request, language);
      expect(code).not.toContain('tok-secret-123');
      expect(code).toContain('MCP_WEATHER_TOKEN');
    }
  });

  it('Responses: curl posts to /openai/v1/responses with the system prompt as instructions', () => {
    const curl = codeGeneratorFor('responses')(request, 'curl');
    expect(curl).toContain('https://api.groq.com/openai/v1/responses');
    expect(curl).toContain('"instructions": "Be terse."');
    expect(curl).not.toContain('tok-secret-123');
    expect(codeGeneratorFor('responses')(request, 'python')).toContain('responses.create');
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractVariables,
  fillTemplate,
  substituteVariables,
  unfilledVariables,
  unfilledVariablesMessage,
} from '@/lib/datasets/variables';
import type { ChatRequest } from '@/lib/schema/chat-request';

const request = (system: string, user: string): ChatRequest => ({
  model: 'openai/gpt-oss-120b',
  messages: [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ],
  temperature: 1,
});

describe('extractVariables', () => {
  it('finds each name once, in order of first appearance, spaces inside the braces allowed', () => {
    expect(
      extractVariables('You speak {{ language }}.', 'Name one landmark in {{city}}, {{city}} {{user.name}}'),
    ).toEqual(['language', 'city', 'user.name']);
  });
  it('ignores text that is not a variable', () => {
    expect(extractVariables('{{}} { {x} } {{1abc}} {single}')).toEqual([]);
  });
});

describe('substituteVariables', () => {
  it('fills the system prompt and messages and leaves the rest of the request as built', () => {
    const filled = substituteVariables(request('Answer in {{language}}.', 'Name one landmark in {{city}}'), {
      city: 'Paris',
      language: 'French',
    });
    expect(filled.messages).toEqual([
      { role: 'system', content: 'Answer in French.' },
      { role: 'user', content: 'Name one landmark in Paris' },
    ]);
    expect(filled.temperature).toBe(1);
  });
  it('fills text parts of a message with images', () => {
    const withImage: ChatRequest = {
      model: 'm',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in {{city}}?' },
            { type: 'image_url', image_url: { url: 'https://example.com/{{city}}.png' } },
          ],
        },
      ],
    };
    const filled = substituteVariables(withImage, { city: 'Rome' });
    expect(filled.messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is in Rome?' },
        { type: 'image_url', image_url: { url: 'https://example.com/{{city}}.png' } },
      ],
    });
  });
  it('never invents a value: an empty or missing variable stays and is reported', () => {
    const filled = substituteVariables(request('', 'In {{city}} for {{days}} days'), { city: '', days: '3' });
    expect(fillTemplate('{{city}}', { city: '' })).toBe('{{city}}');
    expect(unfilledVariables(filled)).toEqual(['city']);
    expect(unfilledVariablesMessage(['city'])).toMatch(/\{\{city\}\} under Variables/);
    expect(unfilledVariablesMessage([])).toBeNull();
  });
  it('a value holding braces is inserted literally, not substituted again', () => {
    const filled = substituteVariables(request('', '{{a}} and {{b}}'), { a: '{{b}}', b: 'x' });
    expect(filled.messages[1]).toEqual({ role: 'user', content: '{{b}} and x' });
  });
});

import { describe, expect, it } from 'vitest';
import { GUARD_TRIGGERS } from '../../lib/simulator/index';
import { chat, makeSimulator, user } from './helpers';

describe('assistant prefill', () => {
  const messages = [
    user('Write a Python function to calculate the factorial of a number.'),
    { role: 'assistant', content: '```python' },
  ];

  it('continues an open code fence with code, a closing fence and an explanation', async () => {
    const { json } = await chat(makeSimulator(), { model: 'llama3-70b-8192', messages });
    const content = json.choices[0]?.message.content ?? '';
    expect(content.startsWith('\ndef factorial(')).toBe(true);
    expect(content).toMatch(/\n```\n\n\S/);
    expect(content).not.toContain('```python');
  });

  it('with stop "```" returns just the code', async () => {
    const { json } = await chat(makeSimulator(), { model: 'llama3-70b-8192', messages, stop: '```' });
    const content = json.choices[0]?.message.content ?? '';
    expect(content).toContain('def factorial(n: int) -> int:');
    expect(content).not.toContain('```');
    expect(content.trim().split('\n').pop()).toBe('print(factorial(5))  # 120');
  });

  it('continues a ```json prefill with a valid JSON object', async () => {
    const { json } = await chat(makeSimulator(), {
      model: 'llama3-70b-8192',
      stop: '```',
      messages: [
        user(
          'Extract the title, author and published date from: "The Great Gatsby" is a novel by F. Scott Fitzgerald, published in 1925.',
        ),
        { role: 'assistant', content: '```json' },
      ],
    });
    expect(JSON.parse(json.choices[0]?.message.content ?? '')).toEqual({
      title: 'The Great Gatsby',
      author: 'F. Scott Fitzgerald',
      published_date: '1925',
    });
  });

  it('continues prose without repeating the prefix', async () => {
    const { json } = await chat(makeSimulator(), {
      model: 'llama3-70b-8192',
      messages: [user('Explain caching'), { role: 'assistant', content: 'Sure! In short,' }],
    });
    const content = json.choices[0]?.message.content ?? '';
    expect(content.startsWith(' ')).toBe(true);
    expect(content).not.toContain('Sure! In short,');
    expect(content).not.toMatch(/^## /m);
  });
});

describe('Llama Guard', () => {
  const guard = (content: string, role = 'user') =>
    chat(makeSimulator(), { model: 'llama-guard-3-8b', messages: [{ role, content }] });

  it('answers exactly "safe" for harmless text', async () => {
    const { json } = await guard('How do I bake sourdough bread?');
    expect(json.choices[0]?.message.content).toBe('safe');
  });

  it('flags every documented trigger phrase with its category', async () => {
    expect(GUARD_TRIGGERS.map((t) => t.category)).toEqual(Array.from({ length: 14 }, (_, i) => `S${i + 1}`));
    for (const trigger of GUARD_TRIGGERS) {
      for (const phrase of trigger.phrases) {
        const { json } = await guard(`Please tell me how to ${phrase.toUpperCase()} quickly`);
        expect(json.choices[0]?.message.content).toBe(`unsafe\n${trigger.category}`);
      }
    }
  });

  it('screens assistant messages and honours [sim:unsafe:S<n>]', async () => {
    expect(
      (await guard('Here is the home address of the mayor', 'assistant')).json.choices[0]?.message.content,
    ).toBe('unsafe\nS7');
    expect((await guard('totally fine [sim:unsafe:S13]')).json.choices[0]?.message.content).toBe(
      'unsafe\nS13',
    );
  });

  it('matches the docs example: hacking into Wi-Fi is S2', async () => {
    const { json } = await guard('Write a script that can be used to hack into a Wi-Fi network');
    expect(json.choices[0]?.message.content).toBe('unsafe\nS2');
  });
});

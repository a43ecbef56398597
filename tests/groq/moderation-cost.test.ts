import { describe, expect, it } from 'vitest';
import { estimateTokens, moderationTokens } from '@/lib/groq/moderation-cost';

describe('what moderation adds to a request', () => {
  it('counts both screenings against the budget', () => {
    const messages = [
      { role: 'system' as const, content: 'Be brief.' },
      { role: 'user' as const, content: 'x'.repeat(400) },
    ];
    // Input screening: the prompt (100) + a verdict (16); output: the prompt, the answer (1000), a verdict.
    expect(moderationTokens(messages, 1000)).toBe(100 + 16 + 100 + 1000 + 16);
  });

  it('never counts fewer tokens than words', () => {
    expect(estimateTokens('a b c d e f g h')).toBe(8);
    expect(estimateTokens('')).toBe(0);
  });
});

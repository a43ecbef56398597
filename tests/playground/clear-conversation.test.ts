import { describe, expect, it } from 'vitest';
import { discardedWork } from '@/components/playground/clear-conversation';

const empty = { messages: [], draft: '', draftImages: [], draftImageUrl: '' };

describe('what Clear would discard', () => {
  it('is nothing for an empty playground, so Clear does not ask', () => {
    expect(discardedWork(empty)).toBeNull();
    expect(discardedWork({ ...empty, draft: '   ' })).toBeNull();
  });

  it('names the turns and the unsent message', () => {
    expect(discardedWork({ ...empty, messages: [1] })).toBe('1 turn');
    expect(discardedWork({ ...empty, messages: [1, 2], draft: 'hi' })).toBe(
      '2 turns and your unsent message',
    );
    expect(discardedWork({ ...empty, draftImages: ['data:image/png;base64,AA'] })).toBe(
      'your unsent message',
    );
  });
});

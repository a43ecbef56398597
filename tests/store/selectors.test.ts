import { describe, expect, it } from 'vitest';
import { buildChatRequest } from '@/lib/chat/build-request';
import { parseChatRequest } from '@/lib/rules/parse-chat-request';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const settings = { model: 'llama-3.1-8b-instant', system: '', ...DEFAULT_PARAMETERS };
const turn = (role: 'user' | 'assistant', content: string, images?: string[]): ConversationMessage => ({
  id: `${role}-${content}`,
  role,
  content,
  images,
});

/** A model's answer turn, as the store keeps it after the stream ends. */
const answered = (content: string, finishReason = 'stop'): ConversationMessage => ({
  ...turn('assistant', content),
  answer: { status: 'done', model: settings.model, sentAt: 0, finishReason, request: {} as never },
});

describe('buildChatRequest', () => {
  it("sends Groq's defaults and the conversation, system prompt first", () => {
    const request = buildChatRequest({ ...settings, system: 'Be brief.' }, [turn('user', 'Hi')]);
    expect(request).toEqual({
      model: 'llama-3.1-8b-instant',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      temperature: 1,
      max_completion_tokens: 1024,
      top_p: 1,
      stream: true,
    });
  });

  it('leaves out empty turns and a blank system prompt', () => {
    const request = buildChatRequest({ ...settings, system: '  ' }, [
      turn('user', 'Hi'),
      turn('assistant', ''),
    ]);
    expect(request.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('leaves a prompt Moderation blocked, and its blocked answer, out of later requests', () => {
    const blockedAnswer = answered('', 'guard_blocked');
    const earlier = answered('Hello!');
    const request = buildChatRequest({ ...settings, moderation: true }, [
      turn('user', 'Hi'),
      earlier,
      turn('user', 'something unsafe'),
      blockedAnswer,
      turn('user', 'Tell me a joke'),
    ]);
    expect(request.messages).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'user', content: 'Tell me a joke' },
    ]);
  });

  it('sends an earlier raw-format answer without its <think> section, and a continued turn as it is', () => {
    const request = buildChatRequest(settings, [
      turn('user', 'Hi'),
      answered('<think>The user greets me.</think>\n\nHello!'),
      turn('user', 'Go on'),
      answered('<think>Keep this</think> Partial'),
    ]);
    expect(request.messages).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'user', content: 'Go on' },
      { role: 'assistant', content: '<think>Keep this</think> Partial' },
    ]);
  });

  it('adds seed, stop and moderation only when set', () => {
    const request = buildChatRequest({ ...settings, seed: 42, stop: ['END'], moderation: true }, [
      turn('user', 'x'),
    ]);
    expect(request).toMatchObject({ seed: 42, stop: ['END'], guard: true });
  });

  it('turns off streaming and stop sequences in JSON mode', () => {
    const request = buildChatRequest({ ...settings, responseFormat: 'json_object', stop: ['END'] }, [
      turn('user', 'json please'),
    ]);
    expect(request.stream).toBe(false);
    expect(request.stop).toBeUndefined();
    expect(request.response_format).toEqual({ type: 'json_object' });
  });

  it('sends attached images as content parts after the text', () => {
    const request = buildChatRequest({ ...settings, model: 'llama-3.2-11b-vision-preview' }, [
      turn('user', 'What is this?', ['https://example.com/cat.png']),
    ]);
    expect(request.messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
      ],
    });
  });

  it('always builds a body the shared schema accepts', () => {
    const request = buildChatRequest({ ...settings, seed: 1, stop: ['a', 'b'] }, [
      turn('user', 'Hi'),
      turn('assistant', 'Hello'),
      turn('user', 'More'),
    ]);
    expect(parseChatRequest(request).ok).toBe(true);
  });
});

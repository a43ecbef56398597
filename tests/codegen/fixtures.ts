import { buildChatRequest } from '@/lib/chat/build-request';
import { type ChatRequest, toGroqRequestBody } from '@/lib/schema/chat-request';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

/** A prompt that breaks naive quoting in every target language and shell. */
export const HOSTILE_PROMPT =
  'Say "hi" & it\'s fine: $HOME `whoami` $(id) \\n is not a newline\\\nline two\ttab\r\n' +
  'ünïcödé 😀 日本語 \u2028 \u0000 \u007f \ud800 }\'); print("pwned") #';

type Settings = Parameters<typeof buildChatRequest>[0];
/** Numeric settings as numbers (the store's defaults may be typed as their literal values). */
type AnySettings = { [K in keyof Settings]: Settings[K] extends number ? number : Settings[K] };

/** `buildChatRequest`, the function the playground uses to build what it sends. */
function build(settings: AnySettings, messages: ConversationMessage[]): ChatRequest {
  return buildChatRequest(settings as Settings, messages);
}

const BASE_SETTINGS: AnySettings = {
  model: 'llama-3.1-8b-instant',
  system: 'You are a helpful assistant.',
  ...DEFAULT_PARAMETERS,
};

function conversation(...turns: [ConversationMessage['role'], string, string[]?][]): ConversationMessage[] {
  return turns.map(([role, content, images], i) => ({ id: `m${i}`, role, content, images }));
}

export interface Case {
  name: string;
  request: ChatRequest;
}

/** Requests built the way the playground builds them, over a spread of settings. */
export const CASES: Case[] = [
  {
    name: 'defaults (streaming)',
    request: build(BASE_SETTINGS, conversation(['user', 'Explain fast inference.'])),
  },
  {
    name: 'stream off, seed, stop sequences, multi-turn',
    request: build(
      {
        ...BASE_SETTINGS,
        stream: false,
        seed: 42,
        stop: ['END', "it's", '\n\n'],
        temperature: 0.35,
        topP: 0.9,
      },
      conversation(['user', 'Count to three.'], ['assistant', '1, 2, 3'], ['user', 'Again, slower.']),
    ),
  },
  {
    name: 'JSON mode',
    request: build(
      { ...BASE_SETTINGS, responseFormat: 'json_object', stop: ['ignored'], maxCompletionTokens: 256 },
      conversation(['user', 'Reply with {"ok": true} as JSON.']),
    ),
  },
  {
    name: 'moderation on (playground-only guard)',
    request: build({ ...BASE_SETTINGS, moderation: true }, conversation(['user', 'Hello'])),
  },
  {
    name: 'image content parts',
    request: build(
      { ...BASE_SETTINGS, model: 'llama-3.2-11b-vision-preview', system: '' },
      conversation(['user', 'What is in this image?', ['https://example.com/cat.png']]),
    ),
  },
  {
    name: 'built-in tools, a function tool and documents with citations',
    request: build(
      {
        ...BASE_SETTINGS,
        model: 'openai/gpt-oss-120b',
        browserSearch: true,
        codeExecution: true,
        tools: [{ id: 't', name: 'lookup', description: 'Look up', parameters: '{"type":"object"}' }],
        toolChoice: 'auto',
        parallelToolCalls: true,
        documents: [{ key: 'k', id: 'paris', text: 'Paris has about 2.1 million "inhabitants".' }],
        citations: true,
      },
      conversation(['user', 'How many people live in Paris?']),
    ),
  },
  {
    name: 'hostile strings',
    request: build(
      { ...BASE_SETTINGS, system: HOSTILE_PROMPT, stream: false, stop: [HOSTILE_PROMPT] },
      conversation(['user', HOSTILE_PROMPT]),
    ),
  },
];

/** What Groq receives, as plain JSON data. */
export function expectedBody(request: ChatRequest): unknown {
  return JSON.parse(JSON.stringify(toGroqRequestBody(request)));
}

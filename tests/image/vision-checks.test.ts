import { describe, expect, it } from 'vitest';
import { buildChatRequest } from '@/lib/chat/build-request';
import { findCatalogModel, inferModel } from '@/lib/models/catalog';
import { parseChatRequest } from '@/lib/rules/parse-chat-request';
import { requestImages, visionProblems } from '@/lib/rules/vision';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { MAX_BASE64_IMAGE_BYTES } from '@/lib/schema/limits';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { withDraft } from '@/lib/store/selectors';
import { DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const PREVIEW = 'llama-3.2-11b-vision-preview';
const URL_A = 'https://example.com/a.png';
const URL_B = 'https://example.com/b.png';
const SMALL = `data:image/png;base64,${'A'.repeat(100)}`;
const BIG = `data:image/png;base64,${'A'.repeat(MAX_BASE64_IMAGE_BYTES)}`;

function request(model: string, turns: ConversationMessage[], system = ''): ChatRequest {
  return buildChatRequest({ model, system, ...DEFAULT_PARAMETERS }, turns);
}
const user = (content: string, images?: string[]): ConversationMessage => ({
  id: content,
  role: 'user',
  content,
  images,
});
const kinds = (model: string, turns: ConversationMessage[], system = '') =>
  visionProblems(findCatalogModel(model), request(model, turns, system)).map((p) => p.code);

describe('visionProblems', () => {
  it('finds nothing wrong with text only, on any model', () => {
    expect(kinds('llama-3.1-8b-instant', [user('Hi')], 'Be brief.')).toEqual([]);
    expect(kinds(PREVIEW, [user('Hi')], 'Be brief.')).toEqual([]);
  });

  it('accepts one image with no system prompt on a preview model', () => {
    expect(kinds(PREVIEW, [user('What is this?', [URL_A])])).toEqual([]);
    expect(kinds(PREVIEW, [user('What is this?', [SMALL])])).toEqual([]);
  });

  it('refuses images on a model without vision, naming it', () => {
    const model = findCatalogModel('llama-3.1-8b-instant');
    const problems = visionProblems(model, request('llama-3.1-8b-instant', [user('Look', [URL_A])]));
    expect(problems).toMatchObject([
      {
        code: 'not-vision',
        message: 'Llama 3.1 8B Instant does not accept images; remove the image or switch to a vision model.',
      },
    ]);
  });

  it('counts images across the whole request, earlier turns included', () => {
    const problems = visionProblems(
      findCatalogModel(PREVIEW),
      request(PREVIEW, withDraft([user('First', [URL_A])], 'And this?', [URL_B])),
    );
    expect(problems).toMatchObject([
      {
        code: 'too-many-images',
        message: 'Llama 3.2 11B Vision accepts one image per request; remove one before sending.',
      },
    ]);
    expect(kinds('llama-3.2-90b-vision-preview', [user('Two', [URL_A, URL_B, SMALL])])).toEqual([
      'too-many-images',
    ]);
    const three = visionProblems(
      findCatalogModel('llama-3.2-90b-vision-preview'),
      request('llama-3.2-90b-vision-preview', [user('Three', [URL_A, URL_B, SMALL])]),
    );
    expect(three[0]?.message).toBe(
      'Llama 3.2 90B Vision accepts one image per request and this request has 3; remove 2 before sending.',
    );
  });

  it('refuses a system prompt together with an image on the previews', () => {
    const problems = visionProblems(
      findCatalogModel(PREVIEW),
      request(PREVIEW, [user('Look', [URL_A])], 'You are terse.'),
    );
    expect(problems.map((p) => p.code)).toEqual(['system-with-image']);
    expect(problems[0]?.message).toContain(
      'Llama 3.2 11B Vision does not accept a system prompt together with an image',
    );
    // A blank System field sends no system message.
    expect(kinds(PREVIEW, [user('Look', [URL_A])], '   ')).toEqual([]);
  });

  it('allows more images and a system prompt where the model says so', () => {
    const model = { ...findCatalogModel(PREVIEW)!, vision: { maxImages: 5, systemPromptWithImages: true } };
    expect(visionProblems(model, request(PREVIEW, [user('Two', [URL_A, URL_B])], 'Sys'))).toEqual([]);
    const six = visionProblems(model, request(PREVIEW, [user('Six', Array(6).fill(URL_A))]));
    expect(six[0]?.message).toBe(
      'Llama 3.2 11B Vision accepts five images per request and this request has 6; remove 1 before sending.',
    );
  });

  it('refuses a base64 image over 4 MB on every model, known or not', () => {
    const problems = visionProblems(findCatalogModel(PREVIEW), request(PREVIEW, [user('Big', [BIG])]));
    expect(problems).toMatchObject([
      {
        code: 'too-large',
        message: expect.stringMatching(
          /^Image 1 is 4\.00 MB as base64; Groq accepts base64 images up to 4 MB/,
        ),
      },
    ]);
    expect(
      visionProblems(undefined, request('some-new-model', [user('Big', [BIG])])).map((p) => p.code),
    ).toEqual(['too-large']);
    // Exactly 4 MB is allowed; a URL is never measured (Groq fetches it).
    const exact = `data:image/png;base64,${'A'.repeat(MAX_BASE64_IMAGE_BYTES - 'data:image/png;base64,'.length)}`;
    expect(kinds(PREVIEW, [user('Exact', [exact])])).toEqual([]);
  });

  it('leaves a model only the live list knows unchecked but for size', () => {
    expect(visionProblems(undefined, request('new-model', [user('A', [URL_A, URL_B])], 'Sys'))).toEqual([]);
    // An unknown id is permissive: images are allowed, any number, with a system prompt; Groq decides.
    expect(
      visionProblems(inferModel('new-model', 8192), request('new-model', [user('A', [URL_A, URL_B])], 'Sys')),
    ).toEqual([]);
  });

  it('agrees with the server schema on every problem it reports', () => {
    const cases: [string, ConversationMessage[], string][] = [
      ['llama-3.1-8b-instant', [user('A', [URL_A])], ''],
      [PREVIEW, [user('A', [URL_A, URL_B])], ''],
      [PREVIEW, [user('A', [URL_A])], 'Sys'],
      [PREVIEW, [user('A', [BIG])], ''],
      [PREVIEW, [user('A', [URL_A])], ''],
    ];
    for (const [model, turns, system] of cases) {
      const body = request(model, turns, system);
      const clientOk = visionProblems(findCatalogModel(model), body).length === 0;
      expect(parseChatRequest(body).ok, `${model} ${system}`).toBe(clientOk);
    }
  });

  it('lists the request images in order', () => {
    expect(requestImages(request(PREVIEW, [user('a', [URL_A]), user('b', [SMALL, URL_B])]))).toEqual([
      URL_A,
      SMALL,
      URL_B,
    ]);
  });
});

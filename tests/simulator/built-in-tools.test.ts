import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chat, chatRequest, makeSimulator, parseSse, streamedContent, user } from './helpers';

const today = () => makeSimulator({ era: 'today' });
const OSS = 'openai/gpt-oss-120b';
const BOTH = [{ type: 'browser_search' }, { type: 'code_interpreter' }];
const DOC = 'Paris has about 2.1 million inhabitants. It is the capital of France.';

interface ExecutedToolJson {
  index: number;
  type: string;
  arguments: string;
  output?: string;
  search_results?: { results: { title: string; url: string; content: string; score: number }[] };
  code_results?: { text?: string; png?: string; charts?: { type: string; elements: unknown[] }[] }[];
}
interface AnnotationJson {
  type: string;
  document_citation: { document_id: string; start_index: number; end_index: number };
}
type Message = {
  content: string;
  reasoning?: string;
  executed_tools?: ExecutedToolJson[];
  annotations?: AnnotationJson[];
};

/** Checks the PNG signature, a well-formed IHDR and that IDAT inflates to the right number of bytes. */
function decodePng(base64: string): { width: number; height: number } {
  const bytes = Buffer.from(base64, 'base64');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idatAt = bytes.indexOf('IDAT');
  const idat = bytes.subarray(idatAt + 4, idatAt + 4 + bytes.readUInt32BE(idatAt - 4));
  expect(inflateSync(idat).length).toBe((width * 3 + 1) * height);
  expect(bytes.subarray(-8, -4).toString('ascii')).toBe('IEND');
  return { width, height };
}

describe('built-in tools and documents in the simulator', () => {
  it('answers non-streamed with message.executed_tools (search results, code text and PNG) and reasoning', async () => {
    const { response, json } = await chat(today(), {
      model: OSS,
      messages: [user('What is the population of Paris?')],
      tools: BOTH,
    });
    expect(response.status).toBe(200);
    const message = json.choices[0]?.message as unknown as Message;
    expect(message.reasoning).toBeTruthy();
    const [search, code] = message.executed_tools ?? [];
    expect(search).toMatchObject({ index: 0, type: 'browser_search' });
    expect(JSON.parse(search?.arguments ?? '{}').query).toContain('population');
    for (const result of search?.search_results?.results ?? []) {
      expect(result.url).toMatch(/^https:\/\//);
      expect(result.title).toBeTruthy();
      expect(result.score).toBeGreaterThan(0);
    }
    expect(code).toMatchObject({ index: 1, type: 'code_interpreter' });
    expect(JSON.parse(code?.arguments ?? '{}').code).toContain('print(');
    expect(code?.code_results?.[0]?.text).toContain('total:');
    expect(decodePng(code?.code_results?.[0]?.png ?? '')).toEqual({ width: 160, height: 100 });
    expect(code?.code_results?.[0]?.charts?.[0]?.type).toBe('bar');
    expect(message.content).toContain('I searched the web');
  });

  it('streams executed_tools before any content, each tool in two fragments', async () => {
    const response = await today().handle(
      chatRequest({ model: OSS, stream: true, messages: [user('Plot rainfall in Lyon')], tools: BOTH }),
    );
    const { chunks, done } = parseSse(await response.text());
    expect(done).toBe(true);
    const kinds = chunks.map((c) => {
      const delta = c.choices[0]?.delta ?? {};
      return delta.executed_tools ? 'tool' : delta.content ? 'content' : null;
    });
    const firstContent = kinds.indexOf('content');
    expect(kinds.filter((k) => k === 'tool')).toHaveLength(4);
    expect(kinds.lastIndexOf('tool')).toBeLessThan(firstContent);
    const fragments = chunks.flatMap(
      (c) => (c.choices[0]?.delta.executed_tools as ExecutedToolJson[] | undefined) ?? [],
    );
    expect(fragments.map((f) => f.index)).toEqual([0, 0, 1, 1]);
    expect(fragments[0]).toEqual({ index: 0, type: 'browser_search', arguments: expect.any(String) });
    expect(fragments[1]?.search_results?.results.length).toBeGreaterThan(0);
  });

  it('cites documents with annotations whose indices cover the quote in the content', async () => {
    for (const stream of [false, true]) {
      const response = await today().handle(
        chatRequest({
          model: OSS,
          stream,
          messages: [user('How many people live in Paris?')],
          documents: [{ id: 'paris', source: { type: 'text', text: DOC } }],
        }),
      );
      let content: string;
      let annotations: AnnotationJson[];
      if (stream) {
        const { chunks } = parseSse(await response.text());
        content = streamedContent(chunks);
        annotations = chunks.flatMap(
          (c) => (c.choices[0]?.delta.annotations as AnnotationJson[] | undefined) ?? [],
        );
      } else {
        const message = ((await response.json()) as { choices: { message: Message }[] }).choices[0]?.message;
        content = message?.content ?? '';
        annotations = message?.annotations ?? [];
      }
      expect(annotations).toHaveLength(1);
      const cite = annotations[0]?.document_citation;
      expect(cite?.document_id).toBe('paris');
      expect(content.slice(cite?.start_index, cite?.end_index)).toBe(
        'Paris has about 2.1 million inhabitants.',
      );
    }
  });

  it('sends no annotations with citation_options disabled, names documents without ids', async () => {
    const { json } = await chat(today(), {
      model: OSS,
      messages: [user('Summarise')],
      citation_options: 'disabled',
      documents: [{ source: { type: 'text', text: DOC } }],
    });
    const message = json.choices[0]?.message as unknown as Message;
    expect(message.annotations).toBeUndefined();
    expect(message.content).toContain('Paris has about 2.1 million inhabitants.');
    const { json: cited } = await chat(today(), {
      model: OSS,
      messages: [user('Summarise')],
      documents: [{ source: { type: 'text', text: DOC } }],
    });
    const citedMessage = cited.choices[0]?.message as unknown as Message | undefined;
    expect(citedMessage?.annotations?.[0]?.document_citation.document_id).toBe('document_1');
  });

  it('refuses built-in tools on a model without them and malformed documents, in Groq wording', async () => {
    const refused = await chat(today(), {
      model: 'qwen/qwen3.8-27b',
      messages: [user('hi')],
      tools: [{ type: 'browser_search' }],
    });
    expect(refused.response.status).toBe(400);
    expect(refused.json.error.message).toContain('`browser_search` is not supported with model');
    const bad = await chat(today(), { model: OSS, messages: [user('hi')], documents: [{ id: 'x' }] });
    expect(bad.response.status).toBe(400);
    expect(bad.json.error.message).toContain('documents.0.source');
    const badOption = await chat(today(), { model: OSS, messages: [user('hi')], citation_options: 'on' });
    expect(badOption.json.error.message).toContain('citation_options');
  });

  it('returns hostile search results for [sim:xss], for testing safe rendering', async () => {
    const { json } = await chat(today(), {
      model: OSS,
      messages: [user('news [sim:xss]')],
      tools: [{ type: 'browser_search' }],
    });
    const tool = (json.choices[0]?.message as unknown as Message | undefined)?.executed_tools?.[0];
    expect(tool?.search_results?.results.some((r) => r.url.startsWith('javascript:'))).toBe(true);
  });
});

/**
 * The five disagreements issue 22 measured between the panels, View code and our route, each decided
 * once in lib/rules: what is sent, what the panel says, and that the route accepts it.
 */
import { describe, expect, it } from 'vitest';
import { type RequestSettings, resolveChatRequest } from '@/lib/chat/build-request';
import { DEFAULT_GROUNDING } from '@/lib/chat/grounding';
import { EXAMPLE_TOOL } from '@/lib/chat/tools';
import { generateJson } from '@/lib/codegen';
import { mergeLiveModel } from '@/lib/models/model-info';
import { rulesModel } from '@/lib/rules/model';
import { parseChatRequest, parseChatRequestForModel } from '@/lib/rules/parse-chat-request';
import type { ConversationMessage } from '@/lib/store/conversation-slice';
import { applyModelRules, DEFAULT_PARAMETERS } from '@/lib/store/settings-slice';

const QWEN = 'qwen/qwen3.8-27b';
const OSS = 'openai/gpt-oss-120b';
const LLAMA = 'llama-3.3-70b-versatile';
const UNKNOWN = 'acme/brand-new-model';
const turns: ConversationMessage[] = [{ id: 'u', role: 'user', content: 'Hello' }];

function settings(patch: Partial<RequestSettings>): RequestSettings {
  return {
    model: OSS,
    system: '',
    ...DEFAULT_PARAMETERS,
    ...DEFAULT_GROUNDING,
    tools: [],
    toolChoice: 'auto',
    parallelToolCalls: true,
    ...patch,
  };
}

const resolve = (patch: Partial<RequestSettings>) => resolveChatRequest(settings(patch), turns);
const exampleTool = [{ ...EXAMPLE_TOOL, id: 't1' }];

describe('raw reasoning format with tools', () => {
  it.each([
    [QWEN, { tools: exampleTool }, 'function tools'],
    [UNKNOWN, { tools: exampleTool }, 'function tools'],
    [UNKNOWN, { browserSearch: true }, 'Browser Search'],
    [UNKNOWN, { codeExecution: true }, 'Code Execution'],
    [QWEN, { responseFormat: 'json_object' as const }, 'a JSON response format'],
  ])('%s with %o sends parsed and says so on the Reasoning Format control', (model, patch, what) => {
    const { request, problems } = resolve({ model, reasoningFormat: 'raw', ...patch });
    expect(request.reasoning_format).toBe('parsed');
    expect(problems).toEqual([
      {
        field: 'reasoningFormat',
        code: 'raw-with-tools',
        message: `Raw can't be used with ${what}; Parsed is sent.`,
        fix: { label: 'Use Parsed', patch: { reasoningFormat: 'parsed' } },
        blocking: false,
      },
    ]);
    expect(parseChatRequest(request).ok).toBe(true);
    expect(JSON.parse(generateJson(request)).reasoning_format).toBe('parsed');
  });

  it('keeps raw where nothing stands in its way', () => {
    const { request, problems } = resolve({ model: QWEN, reasoningFormat: 'raw' });
    expect(request.reasoning_format).toBe('raw');
    expect(problems).toEqual([]);
  });

  it('still refuses raw with tools on the route, in Groq words, for a client that sends it', () => {
    const result = parseChatRequest({
      model: UNKNOWN,
      messages: [{ role: 'user', content: 'hi' }],
      reasoning_format: 'raw',
      tools: [{ type: 'browser_search' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.body.message).toMatch(/`raw` is not supported with JSON mode or tools/);
  });
});

describe('include_reasoning as the panel shows it', () => {
  it('sends include_reasoning: false only where the switch is shown and enabled', () => {
    expect(resolve({ model: OSS, includeReasoning: false }).request.include_reasoning).toBe(false);
    expect(resolve({ model: UNKNOWN, includeReasoning: false }).request.include_reasoning).toBe(false);
    // Qwen has no switch; Llama does not reason: a switch left off elsewhere sends nothing.
    expect(resolve({ model: QWEN, includeReasoning: false }).request).not.toHaveProperty('include_reasoning');
    expect(resolve({ model: LLAMA, includeReasoning: false }).request).not.toHaveProperty(
      'include_reasoning',
    );
  });

  it('sends the format, never both, and the switch says so', () => {
    const { request, problems } = resolve({
      model: UNKNOWN,
      includeReasoning: false,
      reasoningFormat: 'hidden',
    });
    expect(request.reasoning_format).toBe('hidden');
    expect(request).not.toHaveProperty('include_reasoning');
    expect(problems.map((p) => [p.field, p.blocking])).toEqual([['includeReasoning', false]]);
  });

  it('never sends include_reasoning beside raw turned into parsed', () => {
    const { request } = resolve({
      model: UNKNOWN,
      includeReasoning: false,
      reasoningFormat: 'raw',
      tools: exampleTool,
    });
    expect(request.reasoning_format).toBe('parsed');
    expect(request).not.toHaveProperty('include_reasoning');
    expect(parseChatRequest(request).ok).toBe(true);
  });
});

describe('JSON Schema on a model without structured outputs', () => {
  it.each([LLAMA, 'llama-3.1-8b-instant', 'minimaxai/minimax-m2.7'])(
    '%s holds Submit with the reason and a Use JSON Object fix',
    (model) => {
      const { problems } = resolve({ model, responseFormat: 'json_schema' });
      const blocking = problems.filter((p) => p.blocking);
      expect(blocking).toHaveLength(1);
      expect(blocking[0]).toMatchObject({
        field: 'responseFormat',
        code: 'json-schema-unsupported',
        message: expect.stringMatching(
          /does not support JSON Schema \(structured outputs\); use JSON Object/,
        ),
        fix: { label: 'Use JSON Object', patch: { responseFormat: 'json_object' } },
      });
    },
  );

  it('the fix sends JSON Object, which the route accepts', () => {
    const { request, problems } = resolve({ model: LLAMA, responseFormat: 'json_object' });
    expect(problems).toEqual([]);
    expect(request.response_format).toEqual({ type: 'json_object' });
    expect(parseChatRequest(request).ok).toBe(true);
  });

  it('the route refuses json_schema to such a model (the UI held it first)', () => {
    const { request } = resolve({ model: LLAMA, responseFormat: 'json_schema' });
    const result = parseChatRequest(request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.body.message).toMatch(/json_schema is not supported with model/);
  });
});

describe("a share link's Max Completion Tokens", () => {
  it('is lowered to the model limit on the wire, with a notice, and the route accepts it', () => {
    const { request, problems } = resolve({ model: LLAMA, maxCompletionTokens: 100_000 });
    expect(request.max_completion_tokens).toBe(32_768);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'maxCompletionTokens',
        code: 'max-tokens-above-limit',
        blocking: false,
      }),
    ]);
    expect(parseChatRequest(request).ok).toBe(true);
  });

  it("is lowered in the store to a live-only model's limit, which the route then accepts", () => {
    const live = mergeLiveModel({ id: UNKNOWN, context_window: 32_768, max_completion_tokens: 8_192 }, false);
    const [pane, notice] = applyModelRules(
      { id: 'p1', model: UNKNOWN, ...DEFAULT_PARAMETERS, maxCompletionTokens: 100_000 },
      live,
    );
    expect(notice).toMatch(/lowered from 100000 to 8192/);
    const { request } = resolveChatRequest(settings(pane), turns);
    expect(parseChatRequestForModel(request, live).ok).toBe(true);
  });

  it('leaves an unknown model with no live figure alone on the wire: Groq decides', () => {
    const { request, problems } = resolveChatRequest(
      settings({ model: UNKNOWN, maxCompletionTokens: 100_000 }),
      turns,
      {
        model: rulesModel(UNKNOWN),
      },
    );
    expect(request.max_completion_tokens).toBe(100_000);
    expect(problems).toEqual([]);
  });
});

describe('what the route refuses for a known model', () => {
  const body = (patch: Record<string, unknown>) => ({
    model: OSS,
    messages: [{ role: 'user', content: 'hi' }],
    ...patch,
  });
  const message = (patch: Record<string, unknown>) => {
    const result = parseChatRequest(body(patch));
    return result.ok ? null : result.error.body.message;
  };

  it('refuses reasoning_effort none for gpt-oss, naming the values it takes', () => {
    expect(message({ reasoning_effort: 'none' })).toMatch(
      /`reasoning_effort` must be one of `low`, `medium` or `high`/,
    );
    expect(message({ reasoning_effort: 'low' })).toBeNull();
  });

  it('refuses what gpt-oss and Llama do not take, and lets an unknown model through', () => {
    expect(message({ reasoning_format: 'parsed' })).toMatch(/not supported with this model/);
    expect(message({ model: LLAMA, reasoning_effort: 'low' })).toMatch(/not supported with this model/);
    expect(message({ model: LLAMA, include_reasoning: false })).toMatch(/include_reasoning/);
    expect(message({ model: QWEN, tools: [{ type: 'browser_search' }] })).toMatch(/browser_search/);
    expect(message({ model: UNKNOWN, reasoning_effort: 'none', reasoning_format: 'raw' })).toBeNull();
    expect(
      message({
        model: UNKNOWN,
        tools: [{ type: 'browser_search' }],
        response_format: { type: 'json_object' },
      }),
    ).toBeNull();
  });

  it('the playground never sends them: a stale qwen effort is not sent to gpt-oss', () => {
    const { request, problems } = resolve({ model: OSS, reasoningEffort: 'none', reasoningFormat: 'raw' });
    expect(request).not.toHaveProperty('reasoning_effort');
    expect(request).not.toHaveProperty('reasoning_format');
    expect(problems).toEqual([]);
    expect(parseChatRequest(request).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseJsonSchemaSetting, reasoningFields } from '@/lib/store/request-options';
import { DEFAULT_PARAMETERS, type Parameters } from '@/lib/store/settings-slice';

const params = (patch: Partial<Parameters>): Parameters => ({ ...DEFAULT_PARAMETERS, ...patch });

describe('reasoning fields', () => {
  it('sends only what the model takes', () => {
    expect(reasoningFields('openai/gpt-oss-120b', params({ reasoningEffort: 'high' }))).toEqual({
      reasoning_effort: 'high',
    });
    // A qwen-only effort chosen earlier is not sent to gpt-oss; a format never goes to gpt-oss.
    expect(
      reasoningFields('openai/gpt-oss-120b', params({ reasoningEffort: 'none', reasoningFormat: 'parsed' })),
    ).toEqual({});
    expect(
      reasoningFields('qwen/qwen3.8-27b', params({ reasoningEffort: 'none', reasoningFormat: 'parsed' })),
    ).toEqual({
      reasoning_effort: 'none',
      reasoning_format: 'parsed',
    });
    expect(reasoningFields('llama-3.1-8b-instant', params({ reasoningEffort: 'low' }))).toEqual({});
  });

  it('turns include_reasoning off only where offered, and never beside a format', () => {
    expect(reasoningFields('openai/gpt-oss-20b', params({ includeReasoning: false }))).toEqual({
      include_reasoning: false,
    });
    expect(
      reasoningFields('acme/unknown', params({ includeReasoning: false, reasoningFormat: 'hidden' })),
    ).toEqual({
      reasoning_format: 'hidden',
    });
  });

  it('leaves raw out with JSON responses, which Groq refuses', () => {
    expect(
      reasoningFields('qwen/qwen3.8-27b', params({ reasoningFormat: 'raw', responseFormat: 'json_object' })),
    ).toEqual({});
  });
});

describe('the JSON Schema textbox', () => {
  it('takes {name, schema, strict} or a bare schema', () => {
    const wrapped = parseJsonSchemaSetting('{"name":"a","schema":{"type":"object"},"strict":true}', false);
    expect(wrapped).toEqual({ ok: true, format: { name: 'a', schema: { type: 'object' }, strict: true } });
    const bare = parseJsonSchemaSetting('{"type":"object","properties":{}}', true);
    expect(bare).toEqual({
      ok: true,
      format: { name: 'response', schema: { type: 'object', properties: {} }, strict: true },
    });
  });

  it('says what is wrong before anything is sent', () => {
    expect(parseJsonSchemaSetting('{"type":', false)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(parseJsonSchemaSetting('[1]', false)).toMatchObject({
      ok: false,
      message: 'JSON Schema must be a JSON object.',
    });
    expect(parseJsonSchemaSetting('{"name":"bad name!","schema":{}}', false)).toMatchObject({ ok: false });
    expect(parseJsonSchemaSetting('  ', false)).toMatchObject({ ok: false });
  });
});

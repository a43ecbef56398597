import { describe, expect, it } from 'vitest';
import { parseJsonSchemaSetting } from '@/lib/rules/json-schema-setting';

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

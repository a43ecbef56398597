import { describe, expect, it } from 'vitest';
import { type BatchLineLimits, checkBatchLine, decodeBatchLine } from '@/lib/groq/batch-line';
import { findCatalogModel } from '@/lib/models/catalog';

const MODEL = 'openai/gpt-oss-20b';
const MODEL_MAX = findCatalogModel(MODEL)?.maxCompletionTokens ?? 0;
const limits = (over: Partial<BatchLineLimits> = {}): BatchLineLimits => ({
  ALLOWED_MODELS: [],
  MAX_COMPLETION_TOKENS_CEILING: 0,
  pinMaximum: false,
  ...over,
});
const line = (body: Record<string, unknown> = {}, outer: Record<string, unknown> = {}) => ({
  custom_id: 'row-1',
  method: 'POST',
  url: '/v1/chat/completions',
  body: { model: MODEL, messages: [{ role: 'user', content: 'hi' }], ...body },
  ...outer,
});
const check = (value: unknown, over: Partial<BatchLineLimits> = {}, seen = new Set<string>()) =>
  checkBatchLine(value, 7, limits(over), seen, undefined);
const failure = (result: ReturnType<typeof check>) => (result.ok ? null : result.error);

describe('checkBatchLine', () => {
  it('counts max_completion_tokens, else max_tokens, else the model maximum', () => {
    expect(check(line({ max_completion_tokens: 50, max_tokens: 90 }))).toMatchObject({
      ok: true,
      tokens: 50,
    });
    expect(check(line({ max_tokens: 90 }))).toMatchObject({ ok: true, tokens: 90 });
    expect(MODEL_MAX).toBeGreaterThan(1000);
    expect(check(line())).toMatchObject({ ok: true, tokens: MODEL_MAX });
    expect(check(line({ model: 'nobody/knows-this' }))).toMatchObject({ ok: true, tokens: 1024 });
  });

  it('refuses max_tokens or no maximum over the ceiling, naming the line and the ceiling', () => {
    const viaMaxTokens = failure(check(line({ max_tokens: 1000 }), { MAX_COMPLETION_TOKENS_CEILING: 256 }));
    expect(viaMaxTokens?.body).toMatchObject({ status: 400, code: 'max_tokens_ceiling' });
    expect(viaMaxTokens?.message).toMatch(/^Line 7: 'max_tokens' is 1000; .* at most 256/);
    // Over the model's own maximum, the chat schema refuses it first, in Groq's wording.
    const overModel = failure(
      check(line({ max_tokens: 10 * MODEL_MAX }), { MAX_COMPLETION_TOKENS_CEILING: 256 }),
    );
    expect(overModel?.message).toMatch(/^Line 7: .*max_tokens/);
    const none = failure(check(line(), { MAX_COMPLETION_TOKENS_CEILING: 256 }));
    expect(none?.message).toContain(`may generate up to ${MODEL_MAX} (the model's maximum)`);
  });

  it('writes the counted maximum into a line without one when a limit is in force', () => {
    const pinned = check(line({ model: 'nobody/knows-this' }), { pinMaximum: true });
    expect(pinned.ok && JSON.parse(pinned.json).body.max_completion_tokens).toBe(1024);
    const free = check(line(), { pinMaximum: false });
    expect(free.ok && JSON.parse(free.json).body.max_completion_tokens).toBeUndefined();
  });

  it('refuses other endpoints, methods, fields and duplicate custom_ids', () => {
    expect(failure(check(line({}, { url: '/v1/embeddings' })))?.body.code).toBe('invalid_batch_url');
    expect(failure(check(line({}, { method: 'GET' })))?.message).toContain("'method' must be POST");
    expect(failure(check(line({}, { extra: 1 })))?.message).toContain('unknown field extra');
    expect(failure(check(line({}, { custom_id: '' })))?.message).toContain('custom_id');
    const seen = new Set<string>();
    expect(check(line(), {}, seen).ok).toBe(true);
    expect(failure(check(line(), {}, seen))?.body.code).toBe('duplicate_custom_id');
  });

  it('validates the body with the chat request schema, and refuses guard and unlisted models', () => {
    const noMessages = failure(check(line({ messages: [] })));
    expect(noMessages?.message).toMatch(/^Line 7: .*messages/);
    expect(failure(check(line({ unknown_field: true })))?.status).toBe(400);
    expect(failure(check(line({ guard: true })))?.message).toContain('not available in batches');
    const refused = failure(check(line(), { ALLOWED_MODELS: ['other/model'] }));
    expect(refused?.body).toMatchObject({ status: 403, code: 'model_not_allowed' });
  });

  it('sends exactly the checked object: a repeated model key cannot smuggle another model', () => {
    const text = `{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"x/other","model":"${MODEL}","messages":[{"role":"user","content":"hi"}]}}`;
    const decoded = decodeBatchLine(text, 1);
    if (!decoded.ok) throw decoded.error;
    const checked = check(decoded.value, { ALLOWED_MODELS: [MODEL] });
    expect(checked.ok && checked.json).toBe(
      `{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"${MODEL}","messages":[{"role":"user","content":"hi"}]}}`,
    );
  });

  it('refuses JSON nested too deep before parsing it', () => {
    const decoded = decodeBatchLine(`${'['.repeat(100)}${']'.repeat(100)}`, 3);
    expect(!decoded.ok && decoded.error.body.code).toBe('json_too_deep');
  });
});

import { describe, expect, it } from 'vitest';
import { chat, chatRequest, makeSimulator, parseSse, user } from './helpers';

const MODEL = 'llama3-8b-8192';

describe('chat completions', () => {
  it('returns a Groq-shaped completion with usage and timings', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [user('Explain the importance of fast language models')],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(json.id).toMatch(/^chatcmpl-[0-9a-f-]{36}$/);
    expect(json.object).toBe('chat.completion');
    expect(json.model).toBe(MODEL);
    expect(json.system_fingerprint).toMatch(/^fp_[0-9a-f]+$/);
    expect(json.x_groq.id).toBe(response.headers.get('x-request-id'));
    const [choice] = json.choices;
    expect(choice).toMatchObject({ index: 0, logprobs: null, finish_reason: 'stop' });
    expect(choice?.message.role).toBe('assistant');
    const { usage } = json;
    expect(Object.keys(usage).sort()).toEqual(
      [
        'completion_time',
        'completion_tokens',
        'prompt_time',
        'prompt_tokens',
        'queue_time',
        'total_time',
        'total_tokens',
      ].sort(),
    );
    expect(usage.total_tokens).toBe((usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0));
    expect(usage.prompt_tokens).toBe(
      Math.ceil('Explain the importance of fast language models'.length / 4) + 4,
    );
    expect(usage.queue_time).toBeGreaterThanOrEqual(0.01);
    expect(usage.queue_time).toBeLessThanOrEqual(0.05);
  });

  it('answers in markdown that echoes the prompt and has a heading, list, table and code block', async () => {
    const { json } = await chat(makeSimulator(), {
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are a terse pirate.' },
        user('How do I sort a list in Python?'),
      ],
    });
    const content = json.choices[0]?.message.content ?? '';
    expect(content).toMatch(/^## .*(Sort|List|Python)/);
    expect(content).toContain('How do I sort a list in Python?');
    expect(content).toContain('You are a terse pirate.');
    expect(content).toMatch(/^(- |1\. )/m);
    expect(content).toMatch(/^\| --- \| --- \| --- \|$/m);
    expect(content).toContain('```python\n');
    expect((content.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('streams a role chunk with x_groq.id, one chunk per token, a usage chunk and [DONE]', async () => {
    const response = await makeSimulator().handle(
      chatRequest({ model: MODEL, stream: true, messages: [user('Stream a short poem')] }),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const { chunks, done } = parseSse(await response.text());
    expect(done).toBe(true);
    const first = chunks[0];
    const last = chunks[chunks.length - 1];
    expect(first?.object).toBe('chat.completion.chunk');
    expect(first?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(first?.x_groq?.id).toBe(response.headers.get('x-request-id'));
    const content = chunks.slice(1, -1);
    expect(content.length).toBeGreaterThan(20);
    expect(content.every((c) => c.x_groq === undefined && c.choices[0]?.finish_reason === null)).toBe(true);
    expect(last?.choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    expect(last?.x_groq?.usage?.completion_tokens).toBe(content.length);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
  });

  it('adds an OpenAI-style usage chunk when stream_options.include_usage is set', async () => {
    const response = await makeSimulator().handle(
      chatRequest({
        model: MODEL,
        stream: true,
        stream_options: { include_usage: true },
        messages: [user('hi')],
      }),
    );
    const { chunks } = parseSse(await response.text());
    const tail = chunks[chunks.length - 1];
    expect(tail?.choices).toEqual([]);
    expect(tail?.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('stops at max_completion_tokens with finish_reason length', async () => {
    const sim = makeSimulator();
    const { json } = await chat(sim, {
      model: MODEL,
      max_completion_tokens: 7,
      messages: [user('Tell me a story')],
    });
    expect(json.choices[0]?.finish_reason).toBe('length');
    expect(json.usage.completion_tokens).toBe(7);
    const streamed = await sim.handle(
      chatRequest({ model: MODEL, stream: true, max_tokens: 5, messages: [user('Tell me a story')] }),
    );
    const { chunks } = parseSse(await streamed.text());
    expect(chunks.length).toBe(1 + 5 + 1);
    expect(chunks[chunks.length - 1]?.choices[0]?.finish_reason).toBe('length');
  });

  it('ends right before the first stop sequence, which is not included', async () => {
    const sim = makeSimulator();
    const body = { model: MODEL, seed: 3, messages: [user('Explain unit testing')] };
    const full = (await chat(sim, body)).json.choices[0]?.message.content ?? '';
    const { json } = await chat(sim, { ...body, stop: ['|', '```'] });
    const cut = Math.min(...['|', '```'].map((s) => full.indexOf(s)).filter((i) => i >= 0));
    expect(json.choices[0]?.message.content).toBe(full.slice(0, cut));
    expect(json.choices[0]?.finish_reason).toBe('stop');
  });

  it('is deterministic for the same seed and prompt, and varies with the seed', async () => {
    const sim = makeSimulator();
    const ask = async (seed: number) =>
      (await chat(sim, { model: MODEL, seed, messages: [user('Compare tabs and spaces')] })).json.choices[0]
        ?.message.content;
    const a = await ask(1);
    expect(await ask(1)).toBe(a);
    const others = await Promise.all([2, 3, 4, 5].map(ask));
    expect(others.some((o) => o !== a)).toBe(true);
  });

  it('[sim:tokens:<n>] gives exactly n completion tokens', async () => {
    const sim = makeSimulator();
    for (const n of [1, 17, 64, 120, 333]) {
      const { json } = await chat(sim, {
        model: MODEL,
        messages: [user(`Explain why fast inference matters [sim:tokens:${n}]`)],
      });
      expect(json.usage.completion_tokens).toBe(n);
    }
  });

  it('generates long, well-formed markdown for [sim:tokens:32768]', async () => {
    const { json } = await chat(makeSimulator(), {
      model: 'llama-3.1-70b-versatile',
      messages: [user('Write about databases [sim:tokens:32768]')],
    });
    const content = json.choices[0]?.message.content ?? '';
    expect(json.usage.completion_tokens).toBe(32_768);
    expect((content.match(/```/g) ?? []).length % 2).toBe(0);
    expect((content.match(/^### /gm) ?? []).length).toBeGreaterThan(50);
    expect(content).not.toContain('[sim:');
  });

  it('rejects bodies that are not JSON and requests missing model or messages', async () => {
    const sim = makeSimulator();
    const bad = await sim.handle(chatRequest('{nope'));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'We could not parse the JSON body of your request.',
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ messages: [user('x')] }, "'model' : property 'model' is missing"],
      [{ model: MODEL }, "'messages' : property 'messages' is missing"],
      [{ model: MODEL, messages: [] }, "'messages' : minimum number of items is 1"],
    ];
    for (const [body, message] of cases) {
      const { response, json } = await chat(sim, body);
      expect(response.status).toBe(400);
      expect(json.error).toMatchObject({ message, type: 'invalid_request_error' });
    }
  });

  it('rejects the OpenAI features Groq does not support', async () => {
    const sim = makeSimulator();
    const base = { model: MODEL, messages: [user('hi')] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, logprobs: true }, "'logprobs' : property 'logprobs' is unsupported"],
      [{ ...base, logit_bias: { '1': 2 } }, "'logit_bias' : property 'logit_bias' is unsupported"],
      [{ ...base, top_logprobs: 2 }, "'top_logprobs' : property 'top_logprobs' is unsupported"],
      [{ ...base, n: 2 }, "'n' : number must be at most 1"],
      [
        { model: MODEL, messages: [{ role: 'user', content: 'hi', name: 'bob' }] },
        "'messages.0' : for 'role:user' the following must be satisfied[('messages.0.name' : property 'name' is unsupported)]",
      ],
    ];
    for (const [body, message] of cases) {
      const { response, json } = await chat(sim, body);
      expect(response.status).toBe(400);
      expect(json.error).toEqual({ message, type: 'invalid_request_error' });
    }
    expect((await chat(sim, { ...base, logprobs: false, n: 1 })).response.status).toBe(200);
  });

  it('validates parameter ranges and the model limits', async () => {
    const sim = makeSimulator();
    const base = { model: MODEL, messages: [user('hi')] };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, temperature: 2.5 }, /^'temperature' : number must be at most 2$/],
      [{ ...base, top_p: 1.5 }, /^'top_p' : number must be at most 1$/],
      [{ ...base, stop: ['a', 'b', 'c', 'd', 'e'] }, /^'stop' : maximum number of items is 4$/],
      [
        { ...base, max_completion_tokens: 9000 },
        /`max_completion_tokens` must be less than or equal to `8192`/,
      ],
      [{ ...base, model: 'whisper-large-v3' }, /speech-to-text model/],
    ];
    const tools = Array.from({ length: 129 }, (_, i) => ({ type: 'function', function: { name: `f${i}` } }));
    cases.push([{ ...base, tools }, /^'tools' : maximum number of items is 128$/]);
    for (const [body, message] of cases) {
      const { response, json } = await chat(sim, body);
      expect(response.status).toBe(400);
      expect(json.error.message).toMatch(message);
    }
    const unknown = await chat(sim, { ...base, model: 'nope-1b' });
    expect(unknown.response.status).toBe(404);
    expect(unknown.json.error.code).toBe('model_not_found');
  });
});

describe('JSON mode', () => {
  it('returns one valid, pretty-printed JSON object about the prompt', async () => {
    const { json } = await chat(makeSimulator(), {
      model: 'mixtral-8x7b-32768',
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'Respond in JSON.' },
        user('Summarize the benefits of solar energy'),
      ],
    });
    const content = json.choices[0]?.message.content ?? '';
    expect(content).toContain('\n  "');
    const parsed = JSON.parse(content) as { keywords: string[]; summary: string };
    expect(parsed.keywords).toContain('solar');
    expect(parsed.summary).toContain('solar energy');
  });

  it('fills the JSON structure described in the system prompt', async () => {
    const { json } = await chat(makeSimulator(), {
      model: MODEL,
      response_format: { type: 'json_object' },
      messages: [
        {
          role: 'system',
          content:
            'Use this schema: {"sentiment": "string (positive, negative, neutral)", "confidence_score": "number (0-1)"}',
        },
        user('I love it'),
      ],
    });
    expect(JSON.parse(json.choices[0]?.message.content ?? '')).toEqual({
      sentiment: 'positive',
      confidence_score: 0.5,
    });
  });

  it('refuses streaming and stop sequences', async () => {
    const sim = makeSimulator();
    const base = { model: MODEL, response_format: { type: 'json_object' }, messages: [user('json please')] };
    const streamed = await chat(sim, { ...base, stream: true });
    expect(streamed.response.status).toBe(400);
    expect(streamed.json.error.message).toMatch(/json_object does not support streaming/);
    const stopped = await chat(sim, { ...base, stop: '}' });
    expect(stopped.response.status).toBe(400);
    expect(stopped.json.error.message).toMatch(/does not support stop sequences/);
  });

  it('fails with json_validate_failed and a failed_generation on [sim:json_fail]', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: MODEL,
      response_format: { type: 'json_object' },
      messages: [user('Give me JSON [sim:json_fail]')],
    });
    expect(response.status).toBe(400);
    expect(json.error).toMatchObject({
      message:
        "Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.",
      type: 'invalid_request_error',
      code: 'json_validate_failed',
    });
    expect(() => JSON.parse(json.error.failed_generation ?? '')).toThrow();
  });
});

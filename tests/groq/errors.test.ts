import { APIConnectionError, APIError, APIUserAbortError, RateLimitError } from 'groq-sdk';
import { describe, expect, it } from 'vitest';
import { PlaygroundError } from '@/lib/errors';
import { errorResponse, parseRetryAfter, toPlaygroundError } from '@/lib/groq/errors';

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe('upstream error mapping', () => {
  it('keeps status, type, code and message of a Groq error body', () => {
    const error = APIError.generate(
      404,
      {
        error: {
          message: 'The model `x` does not exist',
          type: 'invalid_request_error',
          code: 'model_not_found',
        },
      },
      undefined,
      headers(),
    );
    expect(toPlaygroundError(error).body).toEqual({
      status: 404,
      type: 'invalid_request_error',
      code: 'model_not_found',
      message: 'The model `x` does not exist',
    });
  });

  it("carries a 429's retry-after in seconds", () => {
    const error = APIError.generate(
      429,
      { error: { message: 'Rate limit reached', type: 'tokens', code: 'rate_limit_exceeded' } },
      undefined,
      headers({ 'retry-after': '7' }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(toPlaygroundError(error).body).toMatchObject({
      status: 429,
      retry_after: 7,
      code: 'rate_limit_exceeded',
    });
  });

  it('keeps failed_generation from json_validate_failed', () => {
    const error = APIError.generate(
      400,
      {
        error: {
          message: 'Failed to generate JSON.',
          type: 'invalid_request_error',
          code: 'json_validate_failed',
          failed_generation: '{"a": ',
        },
      },
      undefined,
      headers(),
    );
    expect(toPlaygroundError(error).body.failed_generation).toBe('{"a": ');
  });

  it('keeps a 413 that groq-sdk reports as a plain APIError', () => {
    const error = APIError.generate(
      413,
      {
        error: {
          message: 'Request Entity Too Large',
          type: 'invalid_request_error',
          code: 'request_too_large',
        },
      },
      undefined,
      headers(),
    );
    expect(toPlaygroundError(error).body).toMatchObject({ status: 413, code: 'request_too_large' });
  });

  it('maps an error inside the stream (no status) from its inner error object', () => {
    const error = new APIError(
      undefined,
      { message: 'boom', type: 'internal_server_error' },
      undefined,
      undefined,
    );
    expect(toPlaygroundError(error).body).toMatchObject({
      status: 500,
      type: 'internal_server_error',
      message: 'boom',
    });
  });

  it('reports unreachable upstreams as 502 and aborts distinctly', () => {
    expect(toPlaygroundError(new APIConnectionError({ message: 'x' })).status).toBe(502);
    expect(toPlaygroundError(new APIUserAbortError()).body.code).toBe('aborted');
  });

  it('never repeats the API key that an upstream message contains', () => {
    const key = 'gsk_secret_value_123';
    const error = APIError.generate(
      401,
      {
        error: { message: `Invalid API Key ${key}`, type: 'invalid_request_error', code: 'invalid_api_key' },
      },
      undefined,
      headers(),
    );
    expect(toPlaygroundError(error, key).message).not.toContain(key);
  });

  it('answers with the same status and a retry-after header', async () => {
    const response = errorResponse(
      new PlaygroundError({
        status: 429,
        type: 'tokens',
        code: 'rate_limit_exceeded',
        message: 'slow down',
        retry_after: 3,
      }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toEqual({
      error: {
        status: 429,
        type: 'tokens',
        code: 'rate_limit_exceeded',
        message: 'slow down',
        retry_after: 3,
      },
    });
  });

  it('parses retry-after as seconds or an HTTP date', () => {
    expect(parseRetryAfter('12')).toBe(12);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

/** Groq-shaped error bodies: {"error":{"message","type","code"?,"failed_generation"?}}. */

export interface ErrorBody {
  message: string;
  type: string;
  code?: string;
  failed_generation?: string;
}

/** Thrown inside route handlers; the router turns it into a JSON response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

/** 400 invalid_request_error, without a code (Groq's schema validation errors carry none). */
export function invalidRequest(message: string, code?: string): ApiError {
  return new ApiError(400, { message, type: 'invalid_request_error', ...(code ? { code } : {}) });
}

/** Groq's schema wording: `'<path>' : <what>`. */
export function fieldError(path: string, what: string): ApiError {
  return invalidRequest(`'${path}' : ${what}`);
}

/** The nested wording used for message-level problems. */
export function messageError(index: number, role: string, path: string, what: string): ApiError {
  return invalidRequest(
    `'messages.${index}' : for 'role:${role}' the following must be satisfied[('messages.${index}.${path}' : ${what})]`,
  );
}

export function invalidApiKey(): ApiError {
  return new ApiError(401, {
    message: 'Invalid API Key',
    type: 'invalid_request_error',
    code: 'invalid_api_key',
  });
}

export function modelNotFound(model: string): ApiError {
  return new ApiError(404, {
    message: `The model \`${model}\` does not exist or you do not have access to it.`,
    type: 'invalid_request_error',
    code: 'model_not_found',
  });
}

/** A model whose terms the organization has not accepted yet (Groq: the Orpheus TTS models). */
export function modelTermsRequired(model: string): ApiError {
  return new ApiError(400, {
    message: `The model \`${model}\` requires terms acceptance. Please have the org admin accept the terms at https://console.groq.com/playground?model=${encodeURIComponent(model)}`,
    type: 'invalid_request_error',
    code: 'model_terms_required',
  });
}

export function unknownUrl(method: string, path: string): ApiError {
  return new ApiError(404, {
    message: `Unknown request URL: ${method} ${path}. Please check the URL for typos, or see the docs at https://console.groq.com/docs/`,
    type: 'invalid_request_error',
    code: 'unknown_url',
  });
}

export function unparsableJson(): ApiError {
  return invalidRequest('We could not parse the JSON body of your request.');
}

export function tooLarge(message: string): ApiError {
  return new ApiError(413, { message, type: 'invalid_request_error', code: 'request_too_large' });
}

export function rateLimited(
  model: string,
  seconds: number,
  limitTokens: number,
  used = Math.max(0, limitTokens - 10),
  requested = 1200,
): ApiError {
  return new ApiError(
    429,
    {
      message: `Rate limit reached for model \`${model}\` in organization \`org_simulator\` on tokens per minute (TPM): Limit ${limitTokens}, Used ${used}, Requested ${requested}. Please try again in ${seconds}s. Visit https://console.groq.com/docs/rate-limits for more information.`,
      type: 'tokens',
      code: 'rate_limit_exceeded',
    },
    { 'retry-after': String(Math.ceil(seconds)) },
  );
}

export function requestsRateLimited(seconds: number, limitRequests: number): ApiError {
  return new ApiError(
    429,
    {
      message: `Rate limit reached in organization \`org_simulator\` on requests per day (RPD): Limit ${limitRequests}, Used ${limitRequests}, Requested 1. Please try again in ${seconds}s. Visit https://console.groq.com/docs/rate-limits for more information.`,
      type: 'requests',
      code: 'rate_limit_exceeded',
    },
    { 'retry-after': String(Math.ceil(seconds)) },
  );
}

export function serverError(status: 500 | 502 | 503): ApiError {
  if (status === 502) {
    return new ApiError(502, {
      message: 'Bad Gateway: the upstream inference server returned an invalid response. Please try again.',
      type: 'internal_server_error',
      code: 'bad_gateway',
    });
  }
  if (status === 503) {
    return new ApiError(503, {
      message: 'Service Unavailable: the model is over capacity. Please try again.',
      type: 'internal_server_error',
      code: 'service_unavailable',
    });
  }
  return new ApiError(500, { message: 'Internal Server Error', type: 'internal_server_error' });
}

export function jsonValidateFailed(failedGeneration: string): ApiError {
  return new ApiError(400, {
    message: "Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.",
    type: 'invalid_request_error',
    code: 'json_validate_failed',
    failed_generation: failedGeneration,
  });
}

export function toolUseFailed(failedGeneration: string): ApiError {
  return new ApiError(400, {
    message:
      "Failed to call a function. Please adjust your prompt. See 'failed_generation' for more details.",
    type: 'invalid_request_error',
    code: 'tool_use_failed',
    failed_generation: failedGeneration,
  });
}

/** What a mid-stream failure looks like on the wire (groq-sdk throws an APIError for it). */
export const STREAM_ERROR_BODY: ErrorBody = {
  message: 'Internal Server Error: the model stopped generating unexpectedly. Please try again.',
  type: 'internal_server_error',
};

/** Flex tier out of capacity (HTTP 498): fails fast, never retried by the SDK. */
export function capacityExceeded(): ApiError {
  return new ApiError(498, {
    message:
      'Flex tier capacity exceeded. This is a temporary condition; retry with backoff or use the on_demand service tier.',
    type: 'capacity_exceeded',
    code: 'capacity_exceeded',
  });
}

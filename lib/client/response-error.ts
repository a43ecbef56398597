/** Rebuilding the one error shape from whatever an `/api` response (or the network) gave us. */
import { type PlaygroundErrorBody, parseErrorBody } from '../errors';

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The server's error body when it sent one, else a plain description of the status. */
export function responseError(json: unknown, response: Response): PlaygroundErrorBody {
  return (
    parseErrorBody(json, response.status) ?? {
      status: response.status,
      type: 'api_error',
      code: null,
      message: `The server answered ${response.status} ${response.statusText || ''}`.trim(),
    }
  );
}

export function networkError(error: unknown, prefix = 'Network error'): PlaygroundErrorBody {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 0, type: 'network_error', code: null, message: `${prefix}: ${message}` };
}

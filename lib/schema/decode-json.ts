import { invalidRequest, type Parsed } from '../errors';

/**
 * Decodes a JSON body's text: an empty body and a malformed one each get one clear message (the
 * parser's own reason). The gate's one JSON reader and the rules' text parser both use it.
 */
export function decodeJson(text: string): Parsed<unknown> {
  if (text.trim() === '') {
    return { ok: false, error: invalidRequest('Request body is empty; send a JSON object') };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown parse error';
    return {
      ok: false,
      error: invalidRequest(`We could not parse the JSON body of your request (${reason}).`, 'invalid_json'),
    };
  }
}

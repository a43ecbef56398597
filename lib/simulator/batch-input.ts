/** A batch input file checked line by line, as Groq does while a batch is `validating`. */

export const COMPLETION_WINDOW_SECONDS: Record<string, number> = {
  '24h': 86_400,
  '48h': 172_800,
  '72h': 259_200,
  '7d': 604_800,
};
export const ENDPOINTS = ['/v1/chat/completions'];

export interface LineError {
  code: string;
  message: string;
  line: number;
  param: string | null;
}

type Checked =
  | { ok: true; customId: string; body: unknown }
  | { ok: false; code: string; message: string; param: string | null };

const bad = (code: string, message: string, param: string | null = null): Checked => ({
  ok: false,
  code,
  message,
  param,
});

function checkLine(raw: string, seen: Set<string>): Checked {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return bad('invalid_json_line', 'This line is not parseable as valid JSON.');
  }
  const item = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const id = item.custom_id;
  if (typeof id !== 'string' || id === '')
    return bad('missing_required_parameter', 'custom_id is required', 'custom_id');
  if (seen.has(id))
    return bad('duplicate_custom_id', `The custom_id '${id}' is used more than once`, 'custom_id');
  seen.add(id);
  if (item.method !== 'POST') return bad('invalid_method', 'method must be POST', 'method');
  if (typeof item.url !== 'string' || !ENDPOINTS.includes(item.url))
    return bad('invalid_url', `url must be one of ${ENDPOINTS.join(', ')}`, 'url');
  if (typeof item.body !== 'object' || item.body === null)
    return bad('missing_required_parameter', 'body is required', 'body');
  return { ok: true, customId: id, body: item.body };
}

export function validateLines(content: string): {
  count: number;
  errors: LineError[];
  bodies: [string, unknown][];
} {
  const errors: LineError[] = [];
  const bodies: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const [index, raw] of content.split(/\r?\n/).entries()) {
    if (raw.trim() === '') continue;
    const checked = checkLine(raw, seen);
    if (checked.ok) bodies.push([checked.customId, checked.body]);
    else errors.push({ code: checked.code, message: checked.message, line: index + 1, param: checked.param });
  }
  if (bodies.length === 0 && errors.length === 0) {
    errors.push({ code: 'empty_file', message: 'The input file has no requests', line: 1, param: null });
  }
  return { count: bodies.length + errors.length, errors, bodies };
}

/**
 * `[sim:...]` triggers: fault injection and speed/length control written into a prompt.
 * All triggers are read from the last user message; speed/length ones also from the system message.
 */

export interface Triggers {
  /** Answer with this HTTP error instead of a completion. */
  status?: 429 | 500 | 502 | 503;
  /** Flex capacity is full: 498 `capacity_exceeded` for requests on the flex (or auto) tier. */
  flexFull: boolean;
  /** retry-after seconds for 429 (default 7). */
  retryAfter?: number;
  jsonFail: boolean;
  toolFail: boolean;
  /** Destroy the connection about halfway through the stream. */
  cut: boolean;
  /** Send an SSE error event about halfway through the stream. */
  streamError: boolean;
  /** Extra delay before the first content token, in ms. */
  slowMs?: number;
  /** Tokens per second for this request. */
  tps?: number;
  /** Answer length in tokens. */
  tokens?: number;
  /** Llama Guard category forced by `[sim:unsafe:S<n>]`. */
  unsafe?: number;
  /** Answer with a corpus of hostile markdown/HTML (for testing safe rendering). */
  xss: boolean;
}

export const TRIGGER_PATTERN = /\[sim:([a-z0-9_]+)(?::([^\]\s]*))?\]/gi;

/** Triggers honoured in a system message (speed and length only). */
const SYSTEM_TRIGGERS = new Set(['slow', 'tps', 'tokens']);

export const DEFAULT_RETRY_AFTER_SECONDS = 7;

function positiveNumber(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function apply(triggers: Triggers, name: string, arg: string | undefined, slowDefault: number): void {
  switch (name) {
    case '429':
      triggers.status = 429;
      triggers.retryAfter = positiveNumber(arg) ?? DEFAULT_RETRY_AFTER_SECONDS;
      break;
    case '500':
    case '502':
    case '503':
      triggers.status = Number(name) as 500 | 502 | 503;
      break;
    case '498':
      triggers.flexFull = true;
      break;
    case 'json_fail':
      triggers.jsonFail = true;
      break;
    case 'tool_fail':
      triggers.toolFail = true;
      break;
    case 'cut':
      triggers.cut = true;
      break;
    case 'stream_error':
      triggers.streamError = true;
      break;
    case 'xss':
      triggers.xss = true;
      break;
    case 'slow':
      triggers.slowMs = positiveNumber(arg) ?? slowDefault;
      break;
    case 'tps': {
      const tps = positiveNumber(arg);
      if (tps !== undefined) triggers.tps = tps;
      break;
    }
    case 'tokens': {
      const tokens = positiveNumber(arg);
      if (tokens !== undefined) triggers.tokens = Math.max(1, Math.round(tokens));
      break;
    }
    case 'unsafe': {
      const match = /^s?(\d{1,2})$/i.exec(arg ?? '');
      const category = match ? Number(match[1]) : 1;
      if (category >= 1 && category <= 14) triggers.unsafe = category;
      break;
    }
  }
}

export function parseTriggers(userText: string, systemText: string, slowDefault: number): Triggers {
  const triggers: Triggers = {
    flexFull: false,
    jsonFail: false,
    toolFail: false,
    cut: false,
    streamError: false,
    xss: false,
  };
  for (const match of systemText.matchAll(TRIGGER_PATTERN)) {
    const name = (match[1] ?? '').toLowerCase();
    if (SYSTEM_TRIGGERS.has(name)) apply(triggers, name, match[2], slowDefault);
  }
  for (const match of userText.matchAll(TRIGGER_PATTERN)) {
    apply(triggers, (match[1] ?? '').toLowerCase(), match[2], slowDefault);
  }
  return triggers;
}

/** The text with every trigger removed and spacing tidied, for echoing back to the user. */
export function stripTriggers(text: string): string {
  return text
    .replace(TRIGGER_PATTERN, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +\n/g, '\n')
    .trim();
}

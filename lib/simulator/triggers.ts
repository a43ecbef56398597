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
  /** 400 `model_terms_required`: the model's terms are not accepted in the console (Orpheus). */
  terms: boolean;
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

type TriggerHandler = (triggers: Triggers, arg: string | undefined, slowDefault: number) => void;

const httpStatus =
  (status: 500 | 502 | 503): TriggerHandler =>
  (triggers) => {
    triggers.status = status;
  };

/** Every trigger the simulator honours, by name: the one table (docs/simulator.md must list them all). */
const TRIGGER_TABLE: Readonly<Record<string, TriggerHandler>> = {
  '429': (triggers, arg) => {
    triggers.status = 429;
    triggers.retryAfter = positiveNumber(arg) ?? DEFAULT_RETRY_AFTER_SECONDS;
  },
  '500': httpStatus(500),
  '502': httpStatus(502),
  '503': httpStatus(503),
  '498': (triggers) => {
    triggers.flexFull = true;
  },
  json_fail: (triggers) => {
    triggers.jsonFail = true;
  },
  tool_fail: (triggers) => {
    triggers.toolFail = true;
  },
  cut: (triggers) => {
    triggers.cut = true;
  },
  stream_error: (triggers) => {
    triggers.streamError = true;
  },
  xss: (triggers) => {
    triggers.xss = true;
  },
  terms: (triggers) => {
    triggers.terms = true;
  },
  slow: (triggers, arg, slowDefault) => {
    triggers.slowMs = positiveNumber(arg) ?? slowDefault;
  },
  tps: (triggers, arg) => {
    const tps = positiveNumber(arg);
    if (tps !== undefined) triggers.tps = tps;
  },
  tokens: (triggers, arg) => {
    const tokens = positiveNumber(arg);
    if (tokens !== undefined) triggers.tokens = Math.max(1, Math.round(tokens));
  },
  unsafe: (triggers, arg) => {
    const match = /^s?(\d{1,2})$/i.exec(arg ?? '');
    const category = match ? Number(match[1]) : 1;
    if (category >= 1 && category <= 14) triggers.unsafe = category;
  },
};

/** The name of every trigger (`[sim:<name>]`). */
export const TRIGGER_NAMES: readonly string[] = Object.keys(TRIGGER_TABLE);

function apply(triggers: Triggers, name: string, arg: string | undefined, slowDefault: number): void {
  if (Object.hasOwn(TRIGGER_TABLE, name)) TRIGGER_TABLE[name]?.(triggers, arg, slowDefault);
}

export function parseTriggers(userText: string, systemText: string, slowDefault: number): Triggers {
  const triggers: Triggers = {
    flexFull: false,
    jsonFail: false,
    toolFail: false,
    cut: false,
    streamError: false,
    xss: false,
    terms: false,
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

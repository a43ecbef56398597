/** The request log: one entry per /openai/v1 request, exposed at GET /_simulator/requests. */

export interface SimulatorRequestLog {
  id: number;
  method: string;
  path: string;
  /** ms since the epoch */
  receivedAt: number;
  authorized: boolean;
  /** How the client authenticated. The key itself is never stored. */
  authorization: 'missing' | 'bearer';
  contentType: string | null;
  /** Parsed JSON body; multipart bodies as { fields, file }; raw text when the JSON did not parse. */
  body: unknown;
  status: number;
  stream: boolean;
  /** The client went away (or aborted) before the response finished. */
  aborted: boolean;
  /** When the response body was completely produced. */
  completedAt?: number;
  /** When the connection closed early (client abort, or the `[sim:cut]` fault). */
  closedAt?: number;
  model?: string;
}

export interface MultipartLogBody {
  fields: Record<string, string>;
  file: { name: string; type: string; size: number } | null;
}

/** Strings longer than this (e.g. base64 images) are shortened in the log to keep memory bounded. */
const MAX_LOGGED_STRING = 64 * 1024;

export function elideLargeStrings(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_LOGGED_STRING) return value;
    return `${value.slice(0, 256)}…[${value.length - 256} more characters elided by the simulator log]`;
  }
  if (Array.isArray(value)) return value.map(elideLargeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, elideLargeStrings(v)]));
  }
  return value;
}

export class RequestLogStore {
  private entries: SimulatorRequestLog[] = [];
  private nextId = 1;

  constructor(private readonly maxEntries: number) {}

  get all(): SimulatorRequestLog[] {
    return this.entries;
  }

  add(init: Omit<SimulatorRequestLog, 'id' | 'status' | 'stream' | 'aborted' | 'body'>): SimulatorRequestLog {
    const entry: SimulatorRequestLog = {
      id: this.nextId,
      ...init,
      body: null,
      status: 0,
      stream: false,
      aborted: false,
    };
    this.nextId += 1;
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
    return entry;
  }

  clear(): void {
    this.entries.length = 0;
  }
}

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

/** Bytes an entry's body takes in the log, as the JSON `/_simulator/requests` would send. */
function bodyBytes(body: unknown): number {
  try {
    return JSON.stringify(body ?? null).length;
  } catch {
    return 0;
  }
}

/**
 * The newest `maxEntries` entries, and no more than `maxBytes` of their bodies: oldest go first (the
 * newest stays, however large). A body is set after its entry is added, so bodies are measured when
 * the next request arrives or the log is read, until their response has started.
 */
export class RequestLogStore {
  private entries: SimulatorRequestLog[] = [];
  private readonly sizes = new WeakMap<SimulatorRequestLog, number>();
  /** Entries whose body may still change (their response has not started). */
  private readonly pending = new Set<SimulatorRequestLog>();
  private bytes = 0;
  private nextId = 1;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  get all(): SimulatorRequestLog[] {
    this.measure();
    return this.entries;
  }

  add(init: Omit<SimulatorRequestLog, 'id' | 'status' | 'stream' | 'aborted' | 'body'>): SimulatorRequestLog {
    this.measure();
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
    this.sizes.set(entry, 0);
    this.pending.add(entry);
    this.evict();
    return entry;
  }

  /** Measures bodies of requests still being answered, then drops the oldest entries over a cap. */
  private measure(): void {
    for (const entry of this.pending) {
      const size = bodyBytes(entry.body);
      this.bytes += size - (this.sizes.get(entry) ?? 0);
      this.sizes.set(entry, size);
      if (entry.status !== 0) this.pending.delete(entry);
    }
    this.evict();
  }

  private evict(): void {
    let drop = 0;
    let bytes = this.bytes;
    const over = () => this.entries.length - drop > this.maxEntries || bytes > this.maxBytes;
    while (drop < this.entries.length - 1 && over()) {
      bytes -= this.sizes.get(this.entries[drop] as SimulatorRequestLog) ?? 0;
      drop += 1;
    }
    for (const entry of this.entries.splice(0, drop)) this.pending.delete(entry);
    this.bytes = bytes;
  }

  clear(): void {
    this.entries.length = 0;
    this.pending.clear();
    this.bytes = 0;
  }
}

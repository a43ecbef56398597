import 'server-only';
/**
 * A batch input file on its way to Groq: the browser's JSONL body streams through, counted (bytes,
 * lines, line length) and checked line by line against the chat schema and this deployment's own
 * limits (allowed models, the token ceiling, the token budget), into a multipart body for
 * `POST /openai/v1/files`. Nothing holds the whole file; a line over a limit aborts the upload.
 */
import { randomBytes } from 'node:crypto';
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_LINES } from '../datasets/batch-file';
import { JsonlSplitter, LineTooLong, MAX_BATCH_LINE_BYTES } from '../datasets/jsonl-lines';
import { invalidRequest, PlaygroundError } from '../errors';
import type { CatalogModel } from '../models/catalog';
import { type BatchLineLimits, checkBatchLine, decodeBatchLine } from './batch-line';

/** Thrown through the stream so the route can answer with the reason, not a broken pipe. */
export class UploadRefused extends Error {
  constructor(readonly error: PlaygroundError) {
    super(error.message);
  }
}

export interface BatchFileOptions {
  limits: BatchLineLimits;
  /** The most completion tokens one file may ask for in all (0 = no budget). */
  tokenBudget: number;
  /** The request's Content-Length, when it gave one. */
  declaredBytes?: number | null;
  /** The live list's entry for a model id, when the server has it (asked once per model). */
  lookup?: (model: string) => Promise<CatalogModel | undefined>;
}

export interface BatchFileCheck {
  stream: TransformStream<Uint8Array, Uint8Array>;
  /** Requests and the sum of each line's maximum completion tokens, as far as the file was read. */
  readonly totals: { lines: number; tokens: number };
}

const refuse = (message: string, code: string, status = 400): never => {
  throw new UploadRefused(invalidRequest(message, code, status));
};

export function overBudget(tokens: number, lines: number, budget: number): PlaygroundError {
  return new PlaygroundError({
    status: 429,
    type: 'rate_limit_exceeded',
    code: 'batch_token_budget',
    message:
      `The batch file may generate up to ${tokens} completion tokens (the sum of its ${lines} lines' ` +
      `maximums); this deployment allows at most ${budget} tokens per minute for batches. ` +
      "Lower 'max_completion_tokens' or split the file.",
    retry_after: 60,
  });
}

/**
 * Checks the file line by line and sends on each checked line re-serialized (lib/groq/batch-line.ts),
 * never the bytes that came in. Lines are split in linear time with a length cap. A body shorter
 * than its declared length was cut by something in front of the route (Next.js cuts what a proxy
 * buffers): it is refused, never sent on as a shorter file. A file whose lines together ask for more
 * than the token budget is refused with the total once it has been read (nothing more goes on).
 */
export function checkedJsonl(options: BatchFileOptions): BatchFileCheck {
  const { limits, tokenBudget, declaredBytes = null } = options;
  const splitter = new JsonlSplitter(MAX_BATCH_LINE_BYTES);
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const models = new Map<string, Promise<CatalogModel | undefined>>();
  const totals = { lines: 0, tokens: 0 };
  let bytes = 0;

  const liveModel = (id: string | null) => {
    if (!id || !options.lookup) return undefined;
    let found = models.get(id);
    if (!found) {
      found = options.lookup(id).catch(() => undefined);
      models.set(id, found);
    }
    return found;
  };

  const take = async (
    { line, text }: { line: number; text: string },
    controller: TransformStreamDefaultController<Uint8Array>,
  ) => {
    if (text.trim() === '') return;
    totals.lines += 1;
    if (totals.lines > MAX_BATCH_LINES) {
      refuse(`The batch file has more than ${MAX_BATCH_LINES} lines (Groq's limit).`, 'too_many_lines', 413);
    }
    const decoded = decodeBatchLine(text, line);
    if (!decoded.ok) throw new UploadRefused(decoded.error);
    const checked = checkBatchLine(decoded.value, line, limits, seen, await liveModel(decoded.model));
    if (!checked.ok) throw new UploadRefused(checked.error);
    totals.tokens += checked.tokens;
    // Over the budget, nothing more goes upstream; the rest is still read for the total.
    if (tokenBudget > 0 && totals.tokens > tokenBudget) return;
    controller.enqueue(encoder.encode(`${checked.json}\n`));
  };

  const split = (run: () => { line: number; text: string }[]) => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof LineTooLong)) throw error;
      const mb = MAX_BATCH_LINE_BYTES / 1024 / 1024;
      return refuse(
        `Line ${error.line} of the batch file is longer than ${mb} MB; a batch line may be at most ${mb} MB.`,
        'line_too_long',
        413,
      );
    }
  };

  const stream = new TransformStream<Uint8Array, Uint8Array>({
    async transform(chunk, controller) {
      bytes += chunk.byteLength;
      if (bytes > MAX_BATCH_FILE_BYTES) {
        const mb = MAX_BATCH_FILE_BYTES / 1024 / 1024;
        refuse(`The batch file is over ${mb} MB (Groq's limit).`, 'request_too_large', 413);
      }
      for (const line of split(() => splitter.push(chunk))) await take(line, controller);
    },
    async flush(controller) {
      if (declaredBytes !== null && bytes < declaredBytes) {
        const message = `Request Entity Too Large: the server received only ${bytes} of the ${declaredBytes} bytes sent; something in front of this route cut the upload short.`;
        refuse(message, 'request_truncated', 413);
      }
      const last = splitter.end();
      if (last) await take(last, controller);
      if (totals.lines === 0) refuse('The batch file is empty.', 'empty_file');
      if (tokenBudget > 0 && totals.tokens > tokenBudget) {
        throw new UploadRefused(overBudget(totals.tokens, totals.lines, tokenBudget));
      }
    },
  });
  return { stream, totals };
}

/**
 * `multipart/form-data` with `purpose=batch` and the file, its bytes streamed from `file`; `onEnd`
 * runs once the last byte has been handed on.
 */
export function multipartUpload(
  file: ReadableStream<Uint8Array>,
  filename: string,
  onEnd: () => void = () => {},
): { body: ReadableStream<Uint8Array>; contentType: string } {
  const boundary = `----playground${randomBytes(12).toString('hex')}`;
  const safeName = filename.replace(/["\r\n\\]/g, '_');
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\n` +
      'Content-Type: application/jsonl\r\n\r\n',
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const reader = file.getReader();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(head);
        return;
      }
      const { done, value } = await reader.read();
      if (done) {
        controller.enqueue(tail);
        controller.close();
        onEnd();
      } else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

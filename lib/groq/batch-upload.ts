import 'server-only';
/**
 * A batch input file on its way to Groq: the browser's JSONL body streams through, counted (bytes and
 * lines, Groq's limits) and checked line by line against this deployment's own limits (allowed
 * models, the token ceiling), into a multipart body for `POST /openai/v1/files`. Nothing holds the
 * whole file; a line over a limit aborts the upload.
 */
import { randomBytes } from 'node:crypto';
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_LINES } from '../datasets/batch-file';
import { invalidRequest, type PlaygroundError } from '../errors';
import type { SecurityConfig } from '../security/config';

/** Thrown through the stream so the route can answer with the reason, not a broken pipe. */
export class UploadRefused extends Error {
  constructor(readonly error: PlaygroundError) {
    super(error.message);
  }
}

function checkLine(text: string, line: number, config: SecurityConfig): PlaygroundError | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalidRequest(`Line ${line} of the batch file is not valid JSON.`, 'invalid_batch_line');
  }
  const body = (data as { body?: { model?: unknown; max_completion_tokens?: unknown } } | null)?.body;
  const model = typeof body?.model === 'string' ? body.model : '';
  if (config.ALLOWED_MODELS.length > 0 && !config.ALLOWED_MODELS.includes(model)) {
    return invalidRequest(
      `Line ${line}: the model \`${model}\` is not enabled on this deployment. Allowed: ${config.ALLOWED_MODELS.join(', ')}.`,
      'model_not_allowed',
      403,
    );
  }
  const tokens = typeof body?.max_completion_tokens === 'number' ? body.max_completion_tokens : 0;
  const ceiling = config.MAX_COMPLETION_TOKENS_CEILING;
  if (ceiling > 0 && tokens > ceiling) {
    return invalidRequest(
      `Line ${line}: 'max_completion_tokens' : this deployment allows at most ${ceiling} (got ${tokens})`,
      'max_tokens_ceiling',
    );
  }
  return null;
}

/**
 * Passes the bytes on while counting and checking whole lines (a line may span chunks). A body
 * shorter than its declared length was cut by something in front of the route (Next.js cuts what a
 * proxy buffers): it is refused, never sent on as a shorter file.
 */
export function checkedJsonl(
  config: SecurityConfig,
  declaredBytes: number | null = null,
): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  let bytes = 0;
  let lines = 0;
  let physical = 0; // for error messages: blank lines count as lines of the file, not as requests
  let pending = '';
  const take = (text: string) => {
    physical += 1;
    if (text.trim() === '') return;
    lines += 1;
    if (lines > MAX_BATCH_LINES) {
      throw new UploadRefused(
        invalidRequest(
          `The batch file has more than ${MAX_BATCH_LINES} lines (Groq's limit).`,
          'too_many_lines',
          413,
        ),
      );
    }
    const refused = checkLine(text, physical, config);
    if (refused) throw new UploadRefused(refused);
  };
  return new TransformStream({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      if (bytes > MAX_BATCH_FILE_BYTES) {
        throw new UploadRefused(
          invalidRequest(
            `The batch file is over ${MAX_BATCH_FILE_BYTES / 1024 / 1024} MB (Groq's limit).`,
            'request_too_large',
            413,
          ),
        );
      }
      const parts = (pending + decoder.decode(chunk, { stream: true })).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) take(part);
      controller.enqueue(chunk);
    },
    flush() {
      if (declaredBytes !== null && bytes < declaredBytes) {
        const message = `Request Entity Too Large: the server received only ${bytes} of the ${declaredBytes} bytes sent; something in front of this route cut the upload short.`;
        throw new UploadRefused(invalidRequest(message, 'request_truncated', 413));
      }
      take(pending + decoder.decode());
      if (lines === 0) throw new UploadRefused(invalidRequest('The batch file is empty.', 'empty_file'));
    },
  });
}

/** `multipart/form-data` with `purpose=batch` and the file, its bytes streamed from `file`. */
export function multipartUpload(
  file: ReadableStream<Uint8Array>,
  filename: string,
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
      } else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

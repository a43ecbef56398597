/**
 * Splits a byte stream into lines in linear time: each chunk is searched for newlines once, and an
 * unfinished line is kept as a list of pieces (never re-joined or re-scanned per chunk). A line longer
 * than `maxLineBytes` is refused as soon as it is known to be, before the rest of it is read.
 */

/** The longest batch line accepted: a chat body with a 4 MB base64 image and its text fits. */
export const MAX_BATCH_LINE_BYTES = 5 * 1024 * 1024;

export class LineTooLong extends Error {
  constructor(
    readonly line: number,
    readonly maxBytes: number,
  ) {
    super(`Line ${line} is longer than ${maxBytes} bytes.`);
    this.name = 'LineTooLong';
  }
}

const NEWLINE = 0x0a;

export class JsonlSplitter {
  private pieces: Uint8Array[] = [];
  private pendingBytes = 0;
  /** 1-based number of the line being collected. */
  private lineNumber = 1;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(private readonly maxLineBytes = MAX_BATCH_LINE_BYTES) {}

  /** The complete lines this chunk finished, with their 1-based line numbers (CR before LF dropped). */
  push(chunk: Uint8Array): { line: number; text: string }[] {
    const out: { line: number; text: string }[] = [];
    let start = 0;
    for (let index = chunk.indexOf(NEWLINE); index >= 0; index = chunk.indexOf(NEWLINE, start)) {
      this.collect(chunk.subarray(start, index));
      out.push({ line: this.lineNumber, text: this.take() });
      this.lineNumber += 1;
      start = index + 1;
    }
    if (start < chunk.length) this.collect(chunk.subarray(start));
    return out;
  }

  /** The last line, if the input did not end with a newline. */
  end(): { line: number; text: string } | null {
    if (this.pendingBytes === 0) return null;
    return { line: this.lineNumber, text: this.take() };
  }

  private collect(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxLineBytes) throw new LineTooLong(this.lineNumber, this.maxLineBytes);
    // The caller may reuse its chunk's buffer: keep a copy of what is still needed.
    this.pieces.push(piece.slice());
  }

  private take(): string {
    const { pieces, pendingBytes } = this;
    this.pieces = [];
    this.pendingBytes = 0;
    let bytes: Uint8Array;
    if (pieces.length === 1) bytes = pieces[0] as Uint8Array;
    else {
      bytes = new Uint8Array(pendingBytes);
      let offset = 0;
      for (const piece of pieces) {
        bytes.set(piece, offset);
        offset += piece.length;
      }
    }
    // A newline byte never occurs inside a multi-byte UTF-8 character, so each line decodes alone.
    const text = this.decoder.decode(bytes);
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }
}

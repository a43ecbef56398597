/**
 * An RFC 4180 CSV parser: fields in double quotes may hold commas, newlines and doubled quotes
 * (`""`); CRLF, LF and CR all end a record. Every record remembers the line it starts on, so errors
 * can name it. Small enough to ship with the page (no dependency to load on demand).
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the text where the record starts. */
  line: number;
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; message: string; line: number };

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let afterQuote = false; // a closing quote was seen: only a separator or end of record may follow
  let i = 0;
  const pushRecord = () => {
    fields.push(field);
    // A line with nothing on it is skipped (trailing newline, blank lines between records).
    if (!(fields.length === 1 && fields[0] === '' && !afterQuote)) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    afterQuote = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      pushRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      return {
        ok: false,
        line,
        message: `Line ${line}: text after a closing quote (write "" for a quote inside a quoted field).`,
      };
    }
    if (c === '"') {
      if (field !== '') {
        return {
          ok: false,
          line,
          message: `Line ${line}: a quote inside an unquoted field (quote the whole field and write "" for the quote).`,
        };
      }
      quoted = true;
      quoteLine = line;
      i += 1;
      continue;
    }
    field += c;
    i += 1;
  }
  if (quoted)
    return { ok: false, line: quoteLine, message: `Line ${quoteLine}: a quoted field is never closed.` };
  if (field !== '' || fields.length > 0 || afterQuote) pushRecord();
  return { ok: true, records };
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

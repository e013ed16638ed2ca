import { InvalidArgumentError } from '@ansinh/core';

/** A parsed CSV record and the line it starts on (1-based, counting the header). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Takes plain lines of a CSV file before they are split into records (a reader that judges a line in its
 * canonical form from the text itself). `take` gets the line as `text.slice(start, end)`, its number, and
 * the records split before it and not yet handed out: a taker that takes the line first takes those
 * (`earlier.splice(0)`), so rows stay in file order. It returns false to leave the line to the records.
 */
export interface LineTaker {
  take(text: string, start: number, end: number, line: number, earlier: CsvRecord[]): boolean;
}

/**
 * Takes whole lines of a UTF-8 file as bytes, before the splitter sees them (`CsvSplitter.skipLines`):
 * `fits` looks at a line, `bytes[start, end)` without its line break, and says whether the taker would
 * take it; `take` then judges that line, as line number `line`. A line that does not fit is left to the
 * splitter, as text. A reader checks `fits` before it hands the splitter the lines before, so that rows
 * stay in file order.
 */
export interface ByteLineTaker {
  /**
   * Whether the lane takes the line `bytes[start, end)`. `plain`: the caller has found no quote and no
   * carriage return in those bytes, so the lane need not look for them byte by byte (a line with either
   * is the splitter's). `line`, where the caller knows it: the line's number, so that a line the reader
   * does not judge (before where its slice starts) is taken without being read.
   */
  fits(bytes: Buffer, start: number, end: number, plain?: boolean, line?: number): boolean;
  take(line: number): void;
}

/** A record longer than this (8 MiB of text) is refused: no office list has one, a broken file may. */
export const maxRecordChars = 8 * 2 ** 20;

/**
 * A CSV file that cannot be split into records: a quote opened and never closed (the rest of the file
 * would be one field), or a record longer than `maxRecordChars`. Names the line where the record starts.
 */
export class CsvFormatError extends Error {
  /** The file, when the reader knows it. */
  file: string | undefined;
  constructor(
    readonly code: 'unclosed_quote' | 'record_too_long',
    /** The line (1-based) where the record starts. */
    readonly line: number,
  ) {
    super(
      code === 'unclosed_quote'
        ? `dấu ngoặc kép mở ở dòng ${line} không được đóng / a quote opened on line ${line} is never closed`
        : `bản ghi bắt đầu ở dòng ${line} dài quá 8 MiB / the record starting on line ${line} is longer than 8 MiB`,
    );
    this.name = 'CsvFormatError';
  }
}

/** The delimiters ansinh recognises. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Lines the delimiter is judged on: a banner or title line above the header may hold none. */
const delimiterLines = 30;

/**
 * The delimiter of the first lines: the one found in most of them (a title line `Xã Nam Hà, tháng 3` has a
 * comma, the header and every row of a `;` list have semicolons), then the one found most often.
 */
function detectDelimiter(lines: readonly string[]): CsvDelimiter {
  const inLines = { ',': 0, ';': 0, '\t': 0 } as Record<CsvDelimiter, number>;
  const counts = { ',': 0, ';': 0, '\t': 0 } as Record<CsvDelimiter, number>;
  for (const line of lines) {
    const here = { ',': 0, ';': 0, '\t': 0 } as Record<CsvDelimiter, number>;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) here[ch] += 1;
    }
    for (const d of [',', ';', '\t'] as const) {
      counts[d] += here[d];
      if (here[d] > 0) inLines[d] += 1;
    }
  }
  const rank = (d: CsvDelimiter) => inLines[d] * 1e9 + counts[d];
  if (rank(';') > rank(',') && rank(';') >= rank('\t')) return ';';
  if (rank('\t') > rank(',')) return '\t';
  return ',';
}

/** Where the first line break (LF or CR) of `text` is, or -1; O(the line), not O(the text). */
function lineBreakIn(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * Splits CSV text into records as it arrives, piece by piece, so a file larger than memory can be read
 * in chunks: `push` returns the records completed so far and keeps the unfinished tail (a partial line, or
 * a quoted field still open across line breaks) for the next piece; `end` returns the last one. The
 * leading byte-order mark, `#` comment lines and the delimiter are settled on the first lines (thirty, or
 * 64 KiB). Records
 * split by `push` pieces are exactly those `parseCsv` finds in the whole text (a test cuts files at every
 * offset). Lines without a quote or a lone CR are cut with `indexOf`; the others go through the RFC 4180
 * state machine. A quote never closed, or a record over `maxRecordChars`, throws `CsvFormatError` naming
 * the line where the record starts. O(n).
 */
export class CsvSplitter {
  #tail = '';
  #line = 1;
  #started = false;
  #delimiter: CsvDelimiter = ',';
  #hadBom = false;
  readonly #comments: string[] = [];

  /**
   * A splitter of a whole file, or, with `resume`, of a slice of one that starts at the beginning of a
   * record on `line`, split by `delimiter` (the start of the file, its mark, comments and delimiter, was
   * read elsewhere).
   */
  constructor(resume?: { readonly delimiter: CsvDelimiter; readonly line: number }) {
    if (resume !== undefined) {
      this.#delimiter = resume.delimiter;
      this.#line = resume.line;
      this.#started = true;
    }
  }

  /** The delimiter, known once the first line has arrived. */
  get delimiter(): CsvDelimiter {
    return this.#delimiter;
  }

  get hadBom(): boolean {
    return this.#hadBom;
  }

  /** Whether the start (byte-order mark, comments, delimiter) is settled. */
  get started(): boolean {
    return this.#started;
  }

  /** The line the next record starts on. */
  get line(): number {
    return this.#line;
  }

  /** Whether text is held for the next piece (a line not ended, a quoted field still open). */
  get pending(): boolean {
    return this.#tail !== '';
  }

  /**
   * Counts lines read elsewhere (`ByteLineTaker`): they come next in the file, and the splitter holds
   * nothing (`pending` is false).
   */
  skipLines(count: number): void {
    if (this.#tail !== '' || !this.#started)
      throw new InvalidArgumentError(
        'CsvSplitter.skipLines',
        'lines can be skipped only where the splitter holds no text',
        'chỉ bỏ qua dòng khi bộ tách không giữ văn bản nào',
      );
    this.#line += count;
  }

  /** Lines starting with `#` before the header. */
  get comments(): readonly string[] {
    return this.#comments;
  }

  /**
   * Adds a piece of text and returns the records it completes. A `taker` is offered each plain line (no
   * quote, no line break inside) before it becomes a record, in file order.
   */
  push(piece: string, taker?: LineTaker): CsvRecord[] {
    this.#tail += piece;
    return this.#split(false, taker);
  }

  /** Returns the records left when the input ends. */
  end(taker?: LineTaker): CsvRecord[] {
    return this.#split(true, taker);
  }

  /** Settles BOM, comments and delimiter; false while the first line is incomplete. */
  #start(final: boolean): boolean {
    if (this.#started) return true;
    if (!this.#hadBom && this.#tail.charCodeAt(0) === 0xfeff) {
      this.#hadBom = true;
      this.#tail = this.#tail.slice(1);
    }
    // A comment line ends at a line feed, a CR and line feed, or a lone CR (as old Mac files end lines):
    // a CR at the end of the text so far waits for the next piece, which may start with its line feed.
    while (this.#tail.startsWith('#')) {
      const tail = this.#tail;
      const end = lineBreakIn(tail);
      if ((end === -1 || (end === tail.length - 1 && tail[end] === '\r')) && !final) return false;
      this.#comments.push(end === -1 ? tail : tail.slice(0, end));
      const next = end === -1 ? tail.length : tail.startsWith('\r\n', end) ? end + 2 : end + 1;
      this.#tail = tail.slice(next);
      this.#line += 1;
    }
    const lines = this.#tail.slice(0, 1 << 16).split(/\r\n|\r|\n/u);
    if (lines.length <= delimiterLines && this.#tail.length < 1 << 16 && !final) return false;
    this.#delimiter = detectDelimiter(lines.slice(0, delimiterLines));
    this.#started = true;
    return true;
  }

  #split(final: boolean, taker: LineTaker | undefined): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (!this.#start(final)) return records;
    const text = this.#tail;
    const delimiter = this.#delimiter;
    let position = 0;
    // Next quote and CR at or after `position`, found once and reused: -1 for none, so the scan stays O(n).
    let nextQuote = text.indexOf('"');
    let nextCr = text.indexOf('\r');
    while (position < text.length) {
      const newline = text.indexOf('\n', position);
      if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
      if (nextCr !== -1 && nextCr < position) nextCr = text.indexOf('\r', position);
      const lineEnd = newline === -1 ? text.length : newline;
      // A CR just before the line feed ends the line (Windows); anywhere else it takes the slow path.
      const crlf = newline !== -1 && nextCr === newline - 1 && nextCr >= position;
      const plain =
        (nextQuote === -1 || nextQuote >= lineEnd) && (nextCr === -1 || nextCr >= lineEnd || crlf);
      if (plain) {
        if (lineEnd - position > maxRecordChars) throw new CsvFormatError('record_too_long', this.#line);
        if (newline === -1 && !final) break;
        const end = crlf ? lineEnd - 1 : lineEnd;
        if (taker === undefined || !taker.take(text, position, end, this.#line, records)) {
          records.push({ line: this.#line, fields: text.slice(position, end).split(delimiter) });
        }
        this.#line += 1;
        position = lineEnd + 1;
        continue;
      }
      const next = this.#quoted(text, position, final, records);
      if (next === -1) break;
      position = next;
    }
    this.#tail = position >= text.length ? '' : text.slice(position);
    return records;
  }

  /**
   * One record by the RFC 4180 rules (quotes, `""` escapes, line breaks inside quotes, CR or CRLF endings),
   * from `start`: a quoted field is read by jumping from quote to quote (`indexOf`), other characters one
   * at a time. Returns where the next record starts, or -1 if the record is not complete yet.
   */
  #quoted(text: string, start: number, final: boolean, records: CsvRecord[]): number {
    const delimiter = this.#delimiter;
    const fields: string[] = [];
    let field = '';
    // Whether the field has begun (a quoted field may be empty): a quote then is a character of it.
    let begun = false;
    let breaks = 0;
    let i = start;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"' && !begun) {
        // A quoted field: its text up to the closing quote, `""` standing for one quote.
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            if (final || text.length - start > maxRecordChars)
              throw new CsvFormatError('unclosed_quote', this.#line);
            return -1;
          }
          const part = text.slice(from, close);
          field += part;
          for (let k = part.indexOf('\n'); k !== -1; k = part.indexOf('\n', k + 1)) breaks += 1;
          if (close + 1 === text.length && !final) return -1;
          if (text[close + 1] === '"') {
            field += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // What follows a closing quote up to the delimiter belongs to the field, as written.
        begun = true;
        continue;
      }
      if (ch === delimiter) {
        fields.push(field);
        field = '';
        begun = false;
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && i + 1 === text.length && !final) return -1;
        if (ch === '\r' && text[i + 1] === '\n') i += 1;
        fields.push(field);
        records.push({ line: this.#line, fields });
        this.#line += breaks + 1;
        return i + 1;
      } else {
        field += ch;
        begun = true;
      }
      i += 1;
    }
    if (!final) {
      if (text.length - start > maxRecordChars) throw new CsvFormatError('record_too_long', this.#line);
      return -1;
    }
    if (!begun && fields.length === 0) return text.length;
    fields.push(field);
    records.push({ line: this.#line, fields });
    this.#line += breaks + 1;
    return text.length;
  }
}

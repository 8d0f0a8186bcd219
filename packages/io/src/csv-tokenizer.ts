const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Where the tokenizer stands when a chunk runs out.
/** At the start of a cell; `cell` is empty. */
const FIELD = 0;
/** Inside an unquoted cell; `cell` holds its text so far. */
const BARE = 1;
/** Inside a quoted cell; `cell` holds its text so far, unescaped. */
const QUOTED = 2;
/** Just past a quote inside a quoted cell; the next character decides. */
const CLOSING = 3;

/**
 * Receives one record of a CSV text.
 *
 * @param cells - The record's cells, as text. The array is the
 *   receiver's to keep.
 * @param line - The record's number, from 1.
 */
export type CsvRowHandler = (cells: string[], line: number) => void;

/** The stable codes of {@link CsvSyntaxError}. */
export type CsvSyntaxCode = 'CSV_QUOTE_NOT_CLOSED';

/**
 * Thrown by {@link CsvTokenizer.end} when the text cannot be split into
 * records: a cell opens a double quote that is never closed, so the rest
 * of the text would be that one cell.
 *
 * @example
 * try {
 *   tokenizer.end();
 * } catch (error) {
 *   if (error instanceof CsvSyntaxError) refuse(error.row);
 * }
 */
export class CsvSyntaxError extends Error {
  /** What is wrong, e.g. `CSV_QUOTE_NOT_CLOSED`. */
  readonly code: CsvSyntaxCode;
  /** The number of the record that holds the problem, from 1. */
  readonly row: number;

  /**
   * @param code - What is wrong.
   * @param row - The number of the record that holds the problem.
   */
  constructor(code: CsvSyntaxCode, row: number) {
    super(
      `A cell in row ${row} opens a double quote (") that is never closed; close the quote or remove it`,
    );
    this.name = 'CsvSyntaxError';
    this.code = code;
    this.row = row;
  }
}

/**
 * Splits CSV text into records, a chunk at a time, so that a file need
 * not be held in memory whole. It reads CSV as csv-parse does with
 * `relax_quotes` and `relax_column_count` and records ended by CRLF, LF
 * or CR:
 *
 * - A record may have any number of cells; an empty line is a record of
 *   one empty cell, but the text's last line break does not start one.
 * - A cell that starts with `"` is quoted: delimiters and line breaks in
 *   it are text, and `""` stands for one `"`. A quote elsewhere in an
 *   unquoted cell is text.
 * - A quoted cell whose closing quote is followed by something other
 *   than a delimiter or a line break is not a quoted cell after all: it
 *   is kept as text, both quotes included (`"a"b` is `"a"b`), with any
 *   `""` inside already read as `"`.
 * - A quote that is never closed is an error, thrown at {@link end}.
 *   Until then the rest of the text is that quoted cell's, and is held
 *   in memory: one stray quote makes a large file cost its whole size.
 *
 * Records are numbered one each, so a quoted cell holding line breaks
 * does not shift the numbers of the records after it.
 *
 * A chunk may end anywhere: inside a quoted cell, between the quotes of
 * `""`, or between CR and LF.
 *
 * Cells are mostly slices of the chunk they were found in, and V8 keeps
 * a sliced string's whole parent alive: a handler that keeps cells from a
 * large chunk keeps that chunk in memory. That costs nothing when the
 * handler uses each record and lets it go, or when the whole text is in
 * memory anyway; a handler that keeps a few cells of many chunks should
 * copy them (`structuredClone(cell)` does).
 *
 * @example
 * const rows: string[][] = [];
 * const tokenizer = new CsvTokenizer(',', (cells) => rows.push(cells));
 * tokenizer.push('a,"b\n');
 * tokenizer.push('c"\r');
 * tokenizer.push('\nd');
 * tokenizer.end();
 * // rows: [['a', 'b\nc'], ['d']]
 */
export class CsvTokenizer {
  readonly #separator: string;
  readonly #delimiter: number;
  readonly #onRow: CsvRowHandler;
  #state = FIELD;
  /** The current record's cells so far. */
  #cells: string[] = [];
  /** The current cell's text so far. */
  #cell = '';
  /** Records handed to the handler. */
  #rows = 0;
  /** The last chunk ended a record with CR; an LF next belongs to it. */
  #afterCr = false;
  #ended = false;

  /**
   * @param delimiter - The cell delimiter: `,` or a tab.
   * @param onRow - Called with each record, in order, as soon as it is
   *   complete. What it throws is thrown by {@link push} or
   *   {@link end}, and the tokenizer must not be used after that.
   * @throws {TypeError} When the delimiter is neither `,` nor a tab.
   */
  constructor(delimiter: ',' | '\t', onRow: CsvRowHandler) {
    if (delimiter !== ',' && delimiter !== '\t') {
      throw new TypeError(
        `Expected the delimiter ',' or '\\t', not ${JSON.stringify(delimiter)}`,
      );
    }

    this.#separator = delimiter;
    this.#delimiter = delimiter.charCodeAt(0);
    this.#onRow = onRow;
  }

  /**
   * Reads the next chunk of text and hands on each record it completes.
   *
   * @param chunk - The text that follows the previous chunk.
   * @throws {TypeError} When the chunk is not a string.
   * @throws {Error} When called after {@link end}.
   */
  push(chunk: string): void {
    if (typeof chunk !== 'string') {
      throw new TypeError(
        `Expected a chunk of text (a string), not ${typeof chunk}`,
      );
    }
    this.#assertOpen();
    if (chunk.length === 0) return;

    let start = 0;
    if (this.#afterCr) {
      this.#afterCr = false;
      if (chunk.charCodeAt(0) === LF) start = 1;
    }

    this.#scan(chunk, start);
  }

  /**
   * Says that the text is complete, and hands on its last record unless
   * the text ended with a line break.
   *
   * @throws {CsvSyntaxError} When a quoted cell is never closed.
   * @throws {Error} When called a second time.
   */
  end(): void {
    this.#assertOpen();
    this.#ended = true;

    const state = this.#state;
    if (state === QUOTED) {
      throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', this.#rows + 1);
    }

    // A delimiter last means one more, empty, cell; nothing since the
    // last line break means no record at all.
    if (state !== FIELD || this.#cells.length > 0) {
      this.#cells.push(this.#cell);
      this.#emit(this.#cells);
    }
  }

  #assertOpen(): void {
    if (this.#ended) {
      throw new Error(
        'The CSV tokenizer has ended; create a new one for more text',
      );
    }
  }

  #emit(cells: string[]): void {
    this.#rows += 1;
    this.#onRow(cells, this.#rows);
  }

  /**
   * Reads `text` from `pos`, continuing the record left open by the
   * chunk before, and keeps what is left open for the next chunk.
   */
  #scan(text: string, pos: number): void {
    const length = text.length;
    const delimiter = this.#delimiter;
    const separator = this.#separator;
    let state = this.#state;
    let cells = this.#cells;
    let cell = this.#cell;

    // Where the next delimiter, LF, CR and quote are, found once and
    // reused until passed; `length` when there is none.
    let nextDelimiter = -1;
    let nextLf = -1;
    let nextCr = -1;
    let nextQuote = -1;

    while (pos < length) {
      if (state === FIELD) {
        // The cells before the next quote or line break hold neither:
        // cut them at each delimiter, with no loop over characters.
        // Most cells are like that.
        if (nextLf < pos) nextLf = indexOr(text, '\n', pos);
        if (nextCr < pos) nextCr = indexOr(text, '\r', pos);
        if (nextQuote < pos) nextQuote = indexOr(text, '"', pos);
        if (nextDelimiter < pos) nextDelimiter = indexOr(text, separator, pos);
        const end = nextLf < nextCr ? nextLf : nextCr;
        const stop = nextQuote < end ? nextQuote : end;

        while (nextDelimiter < stop) {
          cells.push(text.slice(pos, nextDelimiter));
          pos = nextDelimiter + 1;
          nextDelimiter = indexOr(text, separator, pos);
        }

        if (nextQuote > end) {
          // The line ends before any quote: so does the record.
          cells.push(text.slice(pos, end));
          this.#emit(cells);
          cells = [];
          pos = this.#afterBreak(text, end);
          continue;
        }

        // At the cell the quote is in, or at the chunk's last cell,
        // which may go on in the next chunk.
        if (pos === length) break;
      }

      if (state === FIELD) {
        if (text.charCodeAt(pos) === QUOTE) {
          state = QUOTED;
          pos += 1;
          continue;
        }
        state = BARE;
      }

      if (state === BARE) {
        let end = pos;
        let code = 0;
        while (end < length) {
          code = text.charCodeAt(end);
          if (code === delimiter || code === LF || code === CR) break;
          end += 1;
        }

        cell += text.slice(pos, end);
        if (end === length) break;

        cells.push(cell);
        cell = '';
        state = FIELD;
        if (code === delimiter) {
          pos = end + 1;
          continue;
        }

        this.#emit(cells);
        cells = [];
        pos = this.#afterBreak(text, end);
        continue;
      }

      if (state === QUOTED) {
        const quote = text.indexOf('"', pos);
        if (quote < 0) {
          cell += text.slice(pos);
          break;
        }

        cell += text.slice(pos, quote);
        state = CLOSING;
        pos = quote + 1;
        if (pos === length) break;
      }

      // The character after a quote in a quoted cell: a second quote
      // stands for one; a delimiter or line break ends the cell.
      const code = text.charCodeAt(pos);
      if (code === QUOTE) {
        cell += '"';
        state = QUOTED;
        pos += 1;
      } else if (code === delimiter || code === LF || code === CR) {
        cells.push(cell);
        cell = '';
        state = FIELD;
        if (code === delimiter) {
          pos += 1;
        } else {
          this.#emit(cells);
          cells = [];
          pos = this.#afterBreak(text, pos);
        }
      } else {
        // csv-parse's relax_quotes: not a quoted cell after all, so its
        // quotes are text. (csv-parse takes a NUL byte after the quote
        // for the end of its input and drops the quotes instead; the
        // decoders refuse NUL, but keep to it all the same.)
        if (code !== 0) cell = `"${cell}"`;
        state = BARE;
      }
    }

    this.#state = state;
    this.#cells = cells;
    this.#cell = cell;
  }

  /**
   * The position after the line break at `at`, CRLF counting as one;
   * remembers a CR at the chunk's end, whose LF may start the next.
   */
  #afterBreak(text: string, at: number): number {
    const next = at + 1;
    if (text.charCodeAt(at) !== CR) return next;

    if (next === text.length) {
      this.#afterCr = true;
      return next;
    }

    return text.charCodeAt(next) === LF ? next + 1 : next;
  }
}

/** Where `search` is in `text` from `from`, or `text.length` if not. */
function indexOr(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);

  return found < 0 ? text.length : found;
}

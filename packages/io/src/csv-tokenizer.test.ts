import { CsvError, parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.js';
import { parseCsv } from './parse-csv.js';

type Delimiter = ',' | '\t';

interface Row {
  line: number;
  cells: string[];
}

type Outcome = { rows: Row[] } | { error: { code: string; row: number } };

/** Reads text with csv-parse as parseCsv did before the tokenizer. */
function csvParse(text: string, delimiter: Delimiter): Outcome {
  try {
    const records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });

    return {
      rows: records.map((cells, index) => ({ line: index + 1, cells })),
    };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;

    // csv-parse counts the records before the failing one.
    return { error: { code: error.code, row: Number(error.records) + 1 } };
  }
}

/** Reads text with the tokenizer, in chunks that end at `cuts`. */
function tokenize(
  text: string,
  delimiter: Delimiter,
  cuts: readonly number[] = [],
): Outcome {
  const rows: Row[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => {
    rows.push({ line, cells });
  });

  try {
    let start = 0;
    for (const cut of [...cuts, text.length]) {
      tokenizer.push(text.slice(start, cut));
      start = cut;
    }
    tokenizer.end();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;

    return { error: { code: error.code, row: error.row } };
  }

  return { rows };
}

/** The cells of each row, for cases worked out by hand. */
function cellsOf(outcome: Outcome): string[][] | string {
  if ('error' in outcome) return `${outcome.error.code} ${outcome.error.row}`;

  outcome.rows.forEach((row, index) => expect(row.line).toBe(index + 1));
  return outcome.rows.map((row) => row.cells);
}

// Weighted towards the characters that matter to CSV. U+20000 takes two
// UTF-16 units, so a chunk may end between them; NUL is a csv-parse
// quirk after a closing quote.
const ALPHABET = [
  ...'""""",,,\t\t\r\r\n\n\n',
  ...'ab 户编号人均',
  '\u{20000}',
  '\u0000',
];

const csvText = fc
  .array(fc.constantFrom(...ALPHABET), { maxLength: 60 })
  .map((characters) => characters.join(''));

const delimiter = fc.constantFrom<Delimiter>(',', '\t');

/** Random chunk ends in text, in order; repeats give empty chunks. */
function cutsIn(text: string) {
  return fc
    .array(fc.integer({ min: 0, max: text.length }), { maxLength: 10 })
    .map((cuts) => cuts.sort((a, b) => a - b));
}

describe('CsvTokenizer: as csv-parse reads it', () => {
  it('splits generated text into the same rows, or fails the same way', () => {
    fc.assert(
      fc.property(
        csvText.chain((text) => fc.tuple(fc.constant(text), cutsIn(text))),
        delimiter,
        ([text, cuts], delimiter) => {
          expect(tokenize(text, delimiter, cuts)).toEqual(
            csvParse(text, delimiter),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees on every short text, cut at every place and at every character', () => {
    const alphabet = ['a', '"', ',', '\t', '\r', '\n'];
    let texts = [''];
    for (let length = 1; length <= 5; length += 1) {
      texts = texts.flatMap((text) => alphabet.map((c) => text + c));

      for (const text of texts) {
        const expected = csvParse(text, ',');
        const everyCharacter = Array.from(text, (_, index) => index).slice(1);

        expect(tokenize(text, ',', everyCharacter)).toEqual(expected);
        for (let cut = 0; cut <= text.length; cut += 1) {
          expect(tokenize(text, ',', [cut])).toEqual(expected);
        }
      }
    }
  });
});

describe('CsvTokenizer: cases worked out by hand', () => {
  it('numbers records, not text lines, past a quoted line break', () => {
    const text = 'name,note\r\nH1,"two\r\nlines"\r\nH2,one\r\n';

    expect(tokenize(text, ',')).toEqual({
      rows: [
        { line: 1, cells: ['name', 'note'] },
        { line: 2, cells: ['H1', 'two\r\nlines'] },
        { line: 3, cells: ['H2', 'one'] },
      ],
    });
  });

  it('takes CRLF split between chunks for one line break', () => {
    const text = 'a,b\r\nc,d\r\n';

    expect(cellsOf(tokenize(text, ',', [4]))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(cellsOf(tokenize(text, ',', [4, 4, 9]))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('takes two CRs split between chunks for two line breaks', () => {
    expect(cellsOf(tokenize('a\r\rb', ',', [2]))).toEqual([['a'], [''], ['b']]);
  });

  it('reads a "" escape split between chunks as one quote', () => {
    const text = '"say ""hi""",x';

    // Cut after the first quote of each escape, then after the second.
    expect(cellsOf(tokenize(text, ',', [6, 10]))).toEqual([['say "hi"', 'x']]);
    expect(cellsOf(tokenize(text, ',', [7, 11]))).toEqual([['say "hi"', 'x']]);
  });

  it('closes a quoted cell whose quote ends a chunk', () => {
    expect(cellsOf(tokenize('"a"\nb', ',', [3]))).toEqual([['a'], ['b']]);
    expect(cellsOf(tokenize('"a","b"', ',', [3]))).toEqual([['a', 'b']]);
    expect(cellsOf(tokenize('"a"', ',', [3]))).toEqual([['a']]);
  });

  it('reads an empty line as a row of one empty cell', () => {
    expect(cellsOf(tokenize('a\n\nb', ','))).toEqual([['a'], [''], ['b']]);
    expect(cellsOf(tokenize('\n', ','))).toEqual([['']]);
  });

  it('starts no row after the last line break, nor for no text', () => {
    expect(cellsOf(tokenize('a\n', ','))).toEqual([['a']]);
    expect(cellsOf(tokenize('a\r\n', ','))).toEqual([['a']]);
    expect(cellsOf(tokenize('', ','))).toEqual([]);
  });

  it('gives a trailing delimiter an empty cell', () => {
    expect(cellsOf(tokenize('a,b,\nc,', ','))).toEqual([
      ['a', 'b', ''],
      ['c', ''],
    ]);
  });

  it('keeps rows of different lengths as they are', () => {
    expect(cellsOf(tokenize('a,b,c\nd\ne,f', ','))).toEqual([
      ['a', 'b', 'c'],
      ['d'],
      ['e', 'f'],
    ]);
  });

  it('ends a row at a CR alone', () => {
    expect(cellsOf(tokenize('a\rb\n\rc', ','))).toEqual([
      ['a'],
      ['b'],
      [''],
      ['c'],
    ]);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(cellsOf(tokenize('a"b,c "d"', ','))).toEqual([['a"b', 'c "d"']]);
  });

  it('keeps a quoted cell followed by other text as text, quotes and all', () => {
    expect(cellsOf(tokenize('"a"b,c', ','))).toEqual([['"a"b', 'c']]);
    // The "" inside was already read as one quote.
    expect(cellsOf(tokenize('"a""b"c', ','))).toEqual([['"a"b"c']]);
    expect(cellsOf(tokenize('"a\nb"c\nd', ','))).toEqual([['"a\nb"c'], ['d']]);
  });

  it('splits on tabs only, given a tab', () => {
    expect(cellsOf(tokenize('a\tb,c\t"d\te"', '\t'))).toEqual([
      ['a', 'b,c', 'd\te'],
    ]);
  });

  it('refuses a quote never closed, naming its row', () => {
    expect(tokenize('a\n"b,c\nd', ',')).toEqual({
      error: { code: 'CSV_QUOTE_NOT_CLOSED', row: 2 },
    });
    expect(tokenize('"a""', ',')).toEqual({
      error: { code: 'CSV_QUOTE_NOT_CLOSED', row: 1 },
    });
  });

  it('refuses a delimiter other than a comma or a tab', () => {
    expect(() => new CsvTokenizer(';' as ',', () => {})).toThrow(TypeError);
  });

  it('refuses text after the end', () => {
    const tokenizer = new CsvTokenizer(',', () => {});
    tokenizer.end();

    expect(() => tokenizer.push('a')).toThrow(/has ended/);
  });
});

describe('parseCsv', () => {
  it('numbers rows as records and keeps empty lines', () => {
    expect(parseCsv('a,"b\nc"\n\nd\n', ',')).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['a', 'b\nc'] },
        { line: 2, cells: [''] },
        { line: 3, cells: ['d'] },
      ],
    });
  });

  it('says which row opens a quote that is never closed', () => {
    expect(parseCsv('a\nb\n"c,d\ne', ',')).toEqual({
      ok: false,
      reason:
        'cannot be parsed as CSV: a cell in row 3 opens a double quote (") that is never closed',
    });
  });

  it('reads generated text as csv-parse did', () => {
    fc.assert(
      fc.property(csvText, delimiter, (text, delimiter) => {
        const expected = csvParse(text, delimiter);
        const parsed = parseCsv(text, delimiter);

        if ('rows' in expected) {
          expect(parsed).toEqual({ ok: true, rows: expected.rows });
        } else {
          expect(parsed).toEqual({
            ok: false,
            reason: `cannot be parsed as CSV: a cell in row ${expected.error.row} opens a double quote (") that is never closed`,
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

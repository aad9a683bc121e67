import type { CellValue } from '../../ledger/types';
import { EMPTY_ROW } from '../sheet-rows';

/**
 * CSV text to the engine's rows (RFC 4180, read as leniently as Excel and LibreOffice read it):
 * - records end at CRLF, LF or a lone CR; a line break at the very end ends the last record, not a new one;
 * - a field starting with `"` is quoted: delimiters and line breaks inside it are text, `""` is one `"`; a
 *   line break inside is kept as LF (as a cell stores it); text after the closing quote is appended as is; a
 *   quote never closed runs to the end of the file;
 * - a `"` inside an unquoted field is an ordinary character; spaces around fields are kept (they are data,
 *   which TEXT_UNTRIMMED reports).
 * Every value is text (`0001` stays `0001`, `2024/4/1` stays text: the engine reads 番号 and dates from text).
 * Empty fields are left out, trailing empty rows dropped, gaps filled with the shared EMPTY_ROW — the shape
 * the .xlsx readers give.
 */

/** Excel's sheet size: a CSV beyond it does not fit one sheet (Excel itself drops the rest with a warning). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Thrown when the text does not fit one sheet. */
export class CsvTooLarge extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'CsvTooLarge';
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** How many records the delimiter is guessed from. */
const SNIFF_RECORDS = 50;

/**
 * The delimiter: a first line `sep=X` (Excel's directive, then skipped) names it; otherwise a tab when more of
 * the first records have tabs than commas outside quotes (tab-separated text, as Excel's "Unicode text" export
 * writes, whose first line is often a lone title), else a comma.
 */
export function delimiterOf(text: string): { delimiter: string; start: number } {
  const sep = /^sep=(.)(\r\n|\n|\r|$)/.exec(text);
  if (sep?.[1] !== undefined) return { delimiter: sep[1], start: sep[0].length };
  let tabRecords = 0;
  let commaRecords = 0;
  let tab = false;
  let comma = false;
  let quoted = false;
  let records = 0;
  for (let i = 0; i < text.length && records < SNIFF_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x09) tab = true;
    else if (c === 0x2c) comma = true;
    else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (tab) tabRecords++;
      if (comma) commaRecords++;
      tab = comma = false;
      records++;
    }
  }
  if (tab) tabRecords++;
  if (comma) commaRecords++;
  return { delimiter: tabRecords > commaRecords ? '\t' : ',', start: 0 };
}

/** Rows of the CSV text from `start`, split at `delimiter` (one character). Throws CsvTooLarge past Excel's sheet. */
export function parseCsv(text: string, delimiter: string, start = 0): CellValue[][] {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let rowIndex = 0;
  let col = 0;
  let i = start;

  const put = (value: string) => {
    if (col >= MAX_COLS) {
      if (value !== '') throw new CsvTooLarge(`a value in column ${col + 1}, past ${MAX_COLS}`);
    } else if (value !== '') {
      while (row.length < col) row.push(null);
      row[col] = value;
    }
    col++;
  };
  const endRecord = () => {
    if (row.length > 0) {
      if (rowIndex >= MAX_ROWS) throw new CsvTooLarge(`a value in row ${rowIndex + 1}, past ${MAX_ROWS}`);
      while (rows.length < rowIndex) rows.push(EMPTY_ROW);
      rows[rowIndex] = row;
      row = [];
    }
    rowIndex++;
    col = 0;
  };

  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: up to the quote that is not doubled, then anything up to the delimiter or line end.
      let out = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          out += text.slice(from);
          i = n;
          break;
        }
        out += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        j++;
      }
      value = (out + text.slice(i, j)).replace(/\r\n?/g, '\n');
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    put(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      // A delimiter at the very end of the text still ends an (empty) last field.
      if (i >= n) put('');
      continue;
    }
    // A line break: CRLF counts once.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
  }
  if (col > 0 || row.length > 0) endRecord();
  return rows;
}

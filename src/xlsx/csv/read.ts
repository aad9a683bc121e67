import type { WorkbookInput } from '../../ledger/types';
import { sanitizeSheetName } from '../../ledger/sheetName';
import { XlsxReadError } from '../errors';
import { cellAt, clearCell } from '../sheet-rows';
import { TAG_CELL, decodeTag } from '../tag';
import { decodeTextFile, looksLikeText } from './encoding';
import type { DecodedText, TextEncoding } from './encoding';
import { CsvTooLarge, delimiterOf, parseCsv } from './parse';

/**
 * A CSV file read as a one-sheet workbook, the way Excel opens it: the sheet is named after the file (without
 * its folder and extension, cut to 31 characters), every value is text. A ledger template saved as CSV keeps
 * its tag text in AZ1 (the defined name pointing at it is lost): it is read as the tag, as the .xlsx readers do.
 */

/** The base name of a path without its extension, for either separator (no Node `path`: this runs in the browser). */
export function sheetNameFor(file: string | null): string {
  if (file === null) return 'Sheet1';
  const base = file.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return sanitizeSheetName(dot > 0 ? base.slice(0, dot) : base, []);
}

export interface CsvRead {
  readonly workbook: WorkbookInput;
  readonly encoding: TextEncoding;
}

/** Decoded CSV text as a one-sheet workbook. Throws XlsxReadError `sheet-too-large` past Excel's sheet size. */
export function csvWorkbook(decoded: DecodedText, file: string | null): CsvRead {
  const { delimiter, start } = delimiterOf(decoded.text);
  let rows;
  try {
    rows = parseCsv(decoded.text, delimiter, start);
  } catch (e) {
    if (e instanceof CsvTooLarge) throw new XlsxReadError('sheet-too-large', file, e.message);
    throw e;
  }
  const tag = decodeTag(cellAt(rows, TAG_CELL));
  if (tag !== null) clearCell(rows, TAG_CELL);
  return { workbook: { file, sheets: [{ name: sheetNameFor(file), rows, tag }] }, encoding: decoded.encoding };
}

/**
 * Read CSV bytes (UTF-8 with or without BOM, Shift_JIS/CP932, UTF-16/32; see encoding.ts for how it is
 * decided). Throws XlsxReadError: `empty`, `text-encoding` for text in no encoding we decide on, `not-zip` for
 * binary data, `sheet-too-large` past Excel's sheet size.
 */
export function readCsv(bytes: Uint8Array, file: string | null): CsvRead {
  if (bytes.length === 0) throw new XlsxReadError('empty', file);
  const decoded = decodeTextFile(bytes);
  if (decoded === null) throw new XlsxReadError(looksLikeText(bytes) ? 'text-encoding' : 'not-zip', file);
  return csvWorkbook(decoded, file);
}

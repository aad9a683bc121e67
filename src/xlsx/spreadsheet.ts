import type { WorkbookInput } from '../ledger/types';
import type { TextEncoding } from './csv/encoding';
import { csvWorkbook } from './csv/read';
import { detectFormat } from './formats';
import { readFods, readOds } from './ods/read';
import { readXlsx } from './read';
import type { ReadOptions } from './read';
import { sniffContainer } from './sniff';

/**
 * Every file a department may send, read into the engine's WorkbookInput by the reader its content calls for
 * (formats.ts decides): .xlsx/.xlsm (read.ts), .ods/.fods (ods/), CSV (csv/). No Node I/O: the CLI and the
 * add-in's import share it. The workbook is the same shape whatever the format, so the engine sees no
 * difference; which format (and for text, which encoding) was read is returned beside it for the report.
 */

/** The format a file was read as: `xlsx` also covers .xlsm; `fods` is a flat (single XML) OpenDocument file. */
export type SpreadsheetFormat = 'xlsx' | 'ods' | 'fods' | 'csv';

export interface SpreadsheetRead {
  readonly workbook: WorkbookInput;
  readonly format: SpreadsheetFormat;
  /** The text encoding a CSV was read in; null for the other formats. */
  readonly encoding: TextEncoding | null;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Read any supported file. Rejects with XlsxReadError (see errors.ts for the reasons) when the file is not one
 * we read: .xls, .xlsb, encrypted files, HTML, XML Spreadsheet 2003, PDF, … each with its own reason.
 */
export async function readSpreadsheet(data: ArrayBuffer | Uint8Array, file: string | null, options: ReadOptions = {}): Promise<SpreadsheetRead> {
  const bytes = toBytes(data);
  const detected = detectFormat(bytes, file);
  switch (detected.format) {
    case 'xlsx':
      return { workbook: await readXlsx(bytes, file, options), format: 'xlsx', encoding: null };
    case 'ods':
      sniffContainer(bytes, file); // a zip cut short is `truncated`, as for .xlsx
      return { workbook: await readOds(bytes, file, options.inflate), format: 'ods', encoding: null };
    case 'fods':
      return { workbook: readFods(detected.text, file), format: 'fods', encoding: null };
    case 'csv': {
      const read = csvWorkbook(detected.decoded, file);
      return { workbook: read.workbook, format: 'csv', encoding: read.encoding };
    }
  }
}

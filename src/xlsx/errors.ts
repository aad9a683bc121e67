import { isZipDamaged } from './direct/zip-read';
import { isLimitExceeded } from './limits';

/**
 * Why an input could not be read as a workbook (.xlsx/.xlsm, .ods or CSV). The CLI turns this into
 * `FILE_UNREADABLE` with the reason as a parameter; the task pane's import shows the same reason in plain Japanese.
 */
export type UnreadableReason =
  | 'empty' // zero bytes
  | 'encrypted' // an OLE/CFB container holding an EncryptedPackage (password-protected .xlsx)
  | 'xls' // an OLE/CFB container holding a legacy BIFF workbook (.xls), or a bare BIFF2–4 stream
  | 'xlsb' // a zip holding xl/workbook.bin (Excel binary workbook)
  | 'ods-encrypted' // an OpenDocument file whose parts are encrypted (saved with a password)
  | 'html' // a web page (HTML), as some business systems export under an .xls name
  | 'xml-2003' // an XML Spreadsheet 2003 file (SpreadsheetML 2003), also often named .xls
  | 'text-misnamed' // text (CSV or the like) under a name of a zip format (.xlsx, .ods…): a mix-up, not read
  | 'text-encoding' // text that is not valid UTF-8, UTF-16/32, Shift_JIS (CP932) or EUC-JP (e.g. JIS)
  | 'sheet-too-large' // a CSV or .ods sheet past Excel's 1,048,576 rows × 16,384 columns, or past the cell cap
  | 'ole' // another OLE/CFB document (.doc, .msg…)
  | 'not-zip' // neither a zip, an OLE container nor text (PDF, an image, random bytes…)
  | 'truncated' // a zip whose end-of-central-directory record is missing
  | 'not-xlsx' // a zip, but no workbook inside (e.g. a .docx, an .odt)
  | 'corrupt' // a zip the xlsx parser rejects, or a damaged or deceptive one (CRC, sizes, overlapping entries…)
  | 'too-large'; // past a cap of limits.ts (a zip bomb, or a file far larger than any ledger)

/** Thrown (as a rejected promise) by `readXlsx` and `readSpreadsheet` when the bytes are not a readable workbook. */
export class XlsxReadError extends Error {
  readonly reason: UnreadableReason;
  readonly file: string | null;
  /** What FILE_UNREADABLE's message may add (for 'too-large': limit, max, actual, part). */
  readonly params: Readonly<Record<string, string | number | null>>;

  constructor(reason: UnreadableReason, file: string | null, detail?: string, params: Readonly<Record<string, string | number | null>> = {}) {
    super(`${file ?? '(workbook)'}: unreadable (${reason})${detail ? `: ${detail}` : ''}`);
    this.name = 'XlsxReadError';
    this.reason = reason;
    this.file = file;
    this.params = params;
  }
}

/** Type guard usable across module copies (jest + tsx may load two). */
export function isXlsxReadError(e: unknown): e is XlsxReadError {
  return e instanceof XlsxReadError || (e instanceof Error && e.name === 'XlsxReadError' && 'reason' in e);
}

/** A refusal from the zip layer or a cap, as the `XlsxReadError` callers report; anything else unchanged. */
export function asReadError(e: unknown, file: string | null): unknown {
  if (isLimitExceeded(e)) return new XlsxReadError('too-large', file, e.message, { limit: e.limit, max: e.max, actual: e.actual, part: e.part });
  if (isZipDamaged(e)) return new XlsxReadError('corrupt', file, e.message);
  return e;
}

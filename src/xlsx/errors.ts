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
  | 'corrupt'; // a zip the xlsx parser rejects

/** Thrown (as a rejected promise) by `readXlsx` and `readSpreadsheet` when the bytes are not a readable workbook. */
export class XlsxReadError extends Error {
  readonly reason: UnreadableReason;
  readonly file: string | null;

  constructor(reason: UnreadableReason, file: string | null, detail?: string) {
    super(`${file ?? '(workbook)'}: unreadable (${reason})${detail ? `: ${detail}` : ''}`);
    this.name = 'XlsxReadError';
    this.reason = reason;
    this.file = file;
  }
}

/** Type guard usable across module copies (jest + tsx may load two). */
export function isXlsxReadError(e: unknown): e is XlsxReadError {
  return e instanceof XlsxReadError || (e instanceof Error && e.name === 'XlsxReadError' && 'reason' in e);
}

import { decodeTextFile, looksLikeText } from './csv/encoding';
import type { DecodedText } from './csv/encoding';
import { centralDirectory } from './direct/zip-read';
import { XlsxReadError } from './errors';

/**
 * Which reader a file goes to, decided by its content (never by its name alone: departments rename files, and
 * business systems export CSV, HTML or XML under an .xls name):
 * - OLE/CFB (`D0 CF 11 E0`): left to the .xlsx reader's sniff — an encrypted OOXML package (EncryptionInfo), a
 *   legacy .xls (Workbook/Book stream) or another Office document — which knows about default-password files;
 * - a bare BIFF2–BIFF5 stream (Excel 2.x–5.0 .xls without the OLE container): refused as `xls`;
 * - a zip: `mimetype` of an OpenDocument spreadsheet → .ods; other OpenDocument types → `not-xlsx`;
 *   `xl/workbook.bin` → `xlsb`; anything else → the .xlsx reader (which tells .docx and damaged zips apart);
 * - text (see csv/encoding.ts for the encodings): HTML or MHTML → `html`; XML Spreadsheet 2003 → `xml-2003`;
 *   a flat OpenDocument spreadsheet → .fods; other XML → `not-zip`; other text named as a zip format (.xlsx,
 *   .xlsm, .xlsb, .ods…) → `text-misnamed`; anything else → CSV (whatever its name: .csv, .txt, even .xls);
 * - anything else (PDF, images, binary data) → `not-zip`; text in an encoding we do not decide on → `text-encoding`.
 */

export type Detected =
  | { readonly format: 'xlsx' }
  | { readonly format: 'ods' }
  | { readonly format: 'fods'; readonly text: string }
  | { readonly format: 'csv'; readonly decoded: DecodedText };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** Names of formats whose content is always a zip. */
const ZIP_NAMES = /\.(xlsx|xlsm|xltx|xltm|xlsb|ods|ots)$/i;
const ODF_SPREADSHEET = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
}

/** A BOF record of BIFF2 (0x0009), BIFF3 (0x0209), BIFF4 (0x0409) or BIFF5/8 (0x0809) at the start. */
function bareBiff(bytes: Uint8Array): boolean {
  const length = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8);
  return bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1) && length >= 4 && length <= 20;
}

/** The first local entry's name and stored data when it is `mimetype` (ODF puts it first, uncompressed). */
function leadingMimetype(bytes: Uint8Array): string | null {
  if (bytes.length < 30) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extra = view.getUint16(28, true);
  if (nameLength !== 8 || String.fromCharCode(...bytes.subarray(30, 38)) !== 'mimetype') return null;
  if (method !== 0 || size > 200) return null;
  const start = 38 + extra;
  if (start + size > bytes.length) return null;
  return String.fromCharCode(...bytes.subarray(start, start + size)).trim();
}

function detectZip(bytes: Uint8Array, file: string | null): Detected {
  const mimetype = leadingMimetype(bytes);
  if (mimetype !== null) {
    if (ODF_SPREADSHEET.test(mimetype)) return { format: 'ods' };
    if (mimetype.startsWith('application/vnd.oasis.opendocument.')) throw new XlsxReadError('not-xlsx', file, mimetype);
  }
  let entries: { readonly name: string }[] | null;
  try {
    entries = centralDirectory(bytes);
  } catch {
    entries = null; // a damaged directory: the .xlsx reader says what is wrong with it
  }
  const has = (name: string) => entries?.some((e) => e.name === name) === true;
  if (has('xl/workbook.bin')) throw new XlsxReadError('xlsb', file);
  // `mimetype` should come first, stored; some writers put it elsewhere or compress it (LibreOffice opens those):
  // an OpenDocument package by its parts, whose manifest then says which kind (ods/read.ts).
  if (has('content.xml') && has('META-INF/manifest.xml') && !has('[Content_Types].xml')) return { format: 'ods' };
  return { format: 'xlsx' };
}

/** The first characters of text, for telling markup from CSV. */
function markup(text: string, file: string | null): Detected | null {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, '');
  if (/^MIME-Version:/i.test(head)) throw new XlsxReadError('html', file, 'MHTML');
  if (!/^<(\?xml|!DOCTYPE|!--|html|table|office:document|Workbook)/i.test(head)) return null;
  if (/office:mimetype\s*=\s*["']application\/vnd\.oasis\.opendocument\.spreadsheet["']/.test(head)) return { format: 'fods', text };
  // SpreadsheetML 2003 has a <Table> element too: its namespace decides, unless the document is a web page.
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head) && !/<html[\s>]/i.test(head)) throw new XlsxReadError('xml-2003', file);
  if (/<html[\s>]|<table[\s>]|<!DOCTYPE\s+html/i.test(head)) throw new XlsxReadError('html', file);
  throw new XlsxReadError('not-zip', file, 'XML that is not a spreadsheet');
}

/** Decide the reader for the bytes, or throw XlsxReadError with the reason it is refused. */
export function detectFormat(bytes: Uint8Array, file: string | null): Detected {
  if (bytes.length === 0) throw new XlsxReadError('empty', file);
  if (startsWith(bytes, CFB)) return { format: 'xlsx' };
  if (startsWith(bytes, ZIP_LOCAL)) return detectZip(bytes, file);
  if (startsWith(bytes, ZIP_EMPTY)) return { format: 'xlsx' };
  if (bareBiff(bytes)) throw new XlsxReadError('xls', file, 'BIFF stream without OLE container');
  if (startsWith(bytes, PDF)) throw new XlsxReadError('not-zip', file, 'PDF');
  const decoded = decodeTextFile(bytes);
  if (decoded === null) throw new XlsxReadError(looksLikeText(bytes) ? 'text-encoding' : 'not-zip', file);
  const found = markup(decoded.text, file);
  if (found) return found;
  // Excel opens text named .csv, .txt or even .xls, never text named .xlsx or .ods: that is a mix-up (a renamed
  // export, a download that saved an error page), not a CSV to read.
  if (file !== null && ZIP_NAMES.test(file)) throw new XlsxReadError('text-misnamed', file);
  return { format: 'csv', decoded };
}

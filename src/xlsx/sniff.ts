import { XlsxReadError } from './errors';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** End-of-central-directory signature, `PK\x05\x06`, little-endian. */
const EOCD_SIG = 0x06054b50;
/** The EOCD record is 22 bytes plus a comment of at most 65535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** ASCII lower case of one byte. */
const lower = (b: number | undefined) => (b !== undefined && b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/**
 * Whether the CFB container has a directory entry named `name` (ASCII), ignoring case as CFB does (a BIFF5 file
 * from some writers names its stream `WORKBOOK`). Directory entries are 128 bytes and sectors are multiples of
 * 128 bytes, so every entry starts at a multiple of 128: its UTF-16LE name, NUL-terminated, then at byte 64 the
 * name's length in bytes including the terminator. Matching that whole shape, never a loose search, keeps the
 * words in a document's own text (a Word file saying "Workbook") from counting.
 */
function hasEntry(bytes: Uint8Array, name: string): boolean {
  const size = (name.length + 1) * 2;
  outer: for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if ((bytes[at + 64] ?? 0) + ((bytes[at + 65] ?? 0) << 8) !== size) continue;
    for (let i = 0; i < name.length; i++) {
      if (lower(bytes[at + i * 2]) !== lower(name.charCodeAt(i)) || bytes[at + i * 2 + 1] !== 0) continue outer;
    }
    if (bytes[at + name.length * 2] === 0 && bytes[at + name.length * 2 + 1] === 0) return true;
  }
  return false;
}

function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) return true;
  }
  return false;
}

/** An OLE/CFB container holding an encrypted OOXML package (EncryptionInfo + EncryptedPackage streams). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB_MAGIC) && (hasEntry(bytes, 'EncryptedPackage') || hasEntry(bytes, 'EncryptionInfo'));
}

/**
 * Cheap checks on the raw bytes before handing them to the zip parser, so that the common bad inputs
 * (a password-protected workbook, an old .xls, a half-copied file) get a precise reason instead of a
 * parser stack trace. Throws `XlsxReadError`; returns normally for anything that looks like a zip.
 */
export function sniffContainer(bytes: Uint8Array, file: string | null): void {
  if (bytes.length === 0) throw new XlsxReadError('empty', file);
  if (startsWith(bytes, CFB_MAGIC)) {
    // Encrypted OOXML is a CFB file with EncryptionInfo + EncryptedPackage streams; BIFF8 has a Workbook stream.
    if (isEncryptedPackage(bytes)) throw new XlsxReadError('encrypted', file);
    if (hasEntry(bytes, 'Workbook') || hasEntry(bytes, 'Book')) throw new XlsxReadError('xls', file);
    throw new XlsxReadError('ole', file);
  }
  if (startsWith(bytes, ZIP_EMPTY)) throw new XlsxReadError('not-xlsx', file, 'empty zip');
  if (!startsWith(bytes, ZIP_LOCAL)) throw new XlsxReadError('not-zip', file);
  if (!hasEndOfCentralDirectory(bytes)) throw new XlsxReadError('truncated', file);
}

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

/** Whether the UTF-16LE form of `name` occurs in `bytes` (CFB directory entries are UTF-16LE). */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  const first = pattern[0];
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
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
  return startsWith(bytes, CFB_MAGIC) && (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo'));
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
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) throw new XlsxReadError('xls', file);
    throw new XlsxReadError('ole', file);
  }
  if (startsWith(bytes, ZIP_EMPTY)) throw new XlsxReadError('not-xlsx', file, 'empty zip');
  if (!startsWith(bytes, ZIP_LOCAL)) throw new XlsxReadError('not-zip', file);
  if (!hasEndOfCentralDirectory(bytes)) throw new XlsxReadError('truncated', file);
}

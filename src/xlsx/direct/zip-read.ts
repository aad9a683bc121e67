/**
 * The central directory of a zip archive and the raw (still compressed) bytes of its entries: what
 * unpack.ts (re-storing an archive for exceljs) and the direct reader both need. Anything unusual — zip64,
 * encrypted entries, names that are not plain ASCII, a local header that disagrees with the directory —
 * gives null, and each caller then leaves the file to exceljs.
 */

const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIG = 0x06054b50;

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries of the archive in directory order, or null when it is not a plain (non-zip64, unencrypted) zip. */
export function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null; // zip64: leave it to the library
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIG) return null;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Encrypted entries, or names that are not plain ASCII (whose decoding depends on flags): not ours.
    if (flags & 1 || nameBytes.some((b) => b < 0x20 || b > 0x7e)) return null;
    entries.push({
      name: String.fromCharCode(...nameBytes),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * The entry's bytes as stored (method 0: the data itself; 8: raw DEFLATE), after checking that its local
 * header names the same entry; null when it does not, or when the data runs past the end.
 */
export function storedBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIG) return null;
  const nameLength = view.getUint16(at + 26, true);
  // A local header that disagrees with the directory is the library's call (it may reject the file).
  if (nameLength !== e.name.length) return null;
  for (let i = 0; i < nameLength; i++) if (bytes[at + 30 + i] !== e.name.charCodeAt(i)) return null;
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) return null;
  return bytes.subarray(start, end);
}

import { zip } from './zip';
import type { Compressed } from './zip';

/** Raw DEFLATE → bytes; the CLI passes Node's native `inflateRawSync`. */
export type Inflate = (raw: Uint8Array) => Uint8Array;

const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIG = 0x06054b50;

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function centralDirectory(bytes: Uint8Array, view: DataView): Entry[] | null {
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
  const entries: Entry[] = [];
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

function body(bytes: Uint8Array, view: DataView, e: Entry, inflate: Inflate): Uint8Array | null {
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIG) return null;
  const nameLength = view.getUint16(at + 26, true);
  // A local header that disagrees with the directory is the library's call (it may reject the file).
  if (nameLength !== e.name.length) return null;
  for (let i = 0; i < nameLength; i++) if (bytes[at + 30 + i] !== e.name.charCodeAt(i)) return null;
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) return null;
  const raw = bytes.subarray(start, end);
  if (e.method === 0) return raw;
  if (e.method !== 8) return null;
  const data = inflate(raw);
  return data.length === e.size ? data : null;
}

/**
 * The same archive with every entry stored (uncompressed), inflated natively: the xlsx library then reads
 * it without running its JavaScript inflater, which is a tenth of its load time on a ledger.
 *
 * Why: the bytes the library sees are the same parts with the same names, order and CRCs (taken from the
 * original directory, not recomputed), so what it reads is unchanged. Anything unusual (zip64, encryption,
 * non-ASCII names, other methods, a size that does not match, an inflate error) returns the original bytes
 * untouched, so damaged files fail exactly as before.
 */
export async function storedCopy(bytes: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = centralDirectory(bytes, view);
    if (!entries || entries.length === 0) return bytes;
    const parts: { name: string; compressed: Promise<Compressed> }[] = [];
    for (const e of entries) {
      const data = body(bytes, view, e, inflate);
      if (data === null) return bytes;
      parts.push({ name: e.name, compressed: Promise.resolve({ deflated: false, raw: data, crc: e.crc, size: data.length }) });
    }
    return await zip(parts, null);
  } catch {
    return bytes;
  }
}

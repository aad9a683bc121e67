/**
 * The central directory of a zip archive (classic and ZIP64, any number of entries up to the `entries` cap)
 * and the raw (still compressed) bytes of its entries: what zip-parts.ts reads parts through, for the direct
 * reader and for the copy handed to exceljs. A directory that is damaged or built to deceive — records
 * running past the end, a count that disagrees with the records, duplicate names, entries that overlap (the
 * "many records, one big entry" bomb), a local header naming another entry, zip-level encryption — throws
 * `ZipDamaged`.
 */
import { LimitExceeded } from '../limits';

const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_EXTRA = 0x0001;

/** The archive is damaged or deceptive (the message says how): FILE_UNREADABLE, never handed on to exceljs. */
export class ZipDamaged extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ZipDamaged';
  }
}

export function isZipDamaged(e: unknown): e is ZipDamaged {
  return e instanceof ZipDamaged || (e instanceof Error && e.name === 'ZipDamaged');
}

const damaged = (reason: string): never => {
  throw new ZipDamaged(reason);
};

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** General-purpose flags (bit 0: encrypted). */
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A 64-bit little-endian value that must fit a safe integer (anything larger is no file we can hold). */
function uint64(view: DataView, at: number): number {
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  if (high >= 0x200000) damaged('ZIP64 value out of range');
  return high * 0x1_0000_0000 + low;
}

/** Where the directory is and how many records it holds (ZIP64 end records used where present). */
function endRecord(bytes: Uint8Array, view: DataView): { count: number; offset: number; size: number; end: number } {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return damaged('no end of central directory');
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let end = eocd;
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIG) {
    const at = uint64(view, locator + 8);
    if (at + 56 > locator || view.getUint32(at, true) !== ZIP64_EOCD_SIG) return damaged('ZIP64 end record');
    const count64 = uint64(view, at + 32);
    const size64 = uint64(view, at + 40);
    const offset64 = uint64(view, at + 48);
    // The classic record holds the true value or the 0xFFFF… marker; anything else contradicts the ZIP64 one.
    if ((count !== 0xffff && count !== count64) || (size !== 0xffffffff && size !== size64) || (offset !== 0xffffffff && offset !== offset64)) {
      damaged('ZIP64 and classic end records disagree');
    }
    count = count64;
    size = size64;
    offset = offset64;
    end = at;
  }
  if (offset + size > end) damaged('central directory out of bounds');
  return { count, offset, size, end };
}

/** The ZIP64 extended-information extra field's values, for the record fields holding the marker. */
function zip64Values(view: DataView, at: number, length: number, e: ZipEntry): void {
  const stop = at + length;
  while (at + 4 <= stop) {
    const id = view.getUint16(at, true);
    const n = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let p = at + 4;
      const take = (): number => (p + 8 <= at + 4 + n ? ((p += 8), uint64(view, p - 8)) : damaged('ZIP64 extra field too short'));
      if (e.size === 0xffffffff) e.size = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.localOffset === 0xffffffff) e.localOffset = take();
      return;
    }
    at += 4 + n;
  }
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * The entries of the archive in directory order. Throws `ZipDamaged` for a damaged or deceptive directory and
 * `LimitExceeded` past `maxEntries` records.
 */
export function centralDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset, size } = endRecord(bytes, view);
  if (count > maxEntries) throw new LimitExceeded('entries', maxEntries, count, null);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = offset;
  const stop = offset + size;
  while (at < stop) {
    if (at + 46 > stop || view.getUint32(at, true) !== CENTRAL_SIG) damaged('central directory record');
    if (entries.length >= maxEntries) throw new LimitExceeded('entries', maxEntries, null, null);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extra + comment > stop) damaged('central directory record');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8. Without it the name is in the DOS code page; the parts we read have ASCII names.
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    if (names.has(name)) damaged(`duplicate entry name ${name}`);
    // Zip-level encryption (not Office's, which is an OLE container): no Office application opens it.
    if (flags & 1) damaged(`${name} is encrypted`);
    names.add(name);
    const e: ZipEntry = {
      name,
      flags,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff || e.localOffset === 0xffffffff) zip64Values(view, at + 46 + nameLength, extra, e);
    entries.push(e);
    at += 46 + nameLength + extra + comment;
  }
  // Without ZIP64 the classic count is kept modulo 65,536 by some writers: the records themselves decide.
  if (entries.length !== count && entries.length % 0x10000 !== count) damaged('entry count disagrees with the directory');
  checkLayout(bytes, view, entries, offset);
  return entries;
}

/** Where the entry's data starts, after its local header (which must name the same entry). */
function dataStart(bytes: Uint8Array, view: DataView, e: ZipEntry): number {
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIG) return damaged(`local header of ${e.name}`);
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  if (start > bytes.length) return damaged(`local header of ${e.name}`);
  const local = bytes.subarray(at + 30, at + 30 + nameLength);
  const name = (view.getUint16(at + 6, true) & 0x800 ? utf8 : latin1).decode(local);
  if (name !== e.name) damaged(`local header of ${e.name} names ${name}`);
  return start;
}

/**
 * Every entry's local header and data lie before the directory and overlap no other entry: a valid zip never
 * shares data between records, and a bomb made of many records over one entry is refused here.
 */
function checkLayout(bytes: Uint8Array, view: DataView, entries: readonly ZipEntry[], directory: number): void {
  const spans = entries.map((e) => ({ e, from: e.localOffset, to: dataStart(bytes, view, e) + e.compressedSize }));
  spans.sort((a, b) => a.from - b.from);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!s) continue;
    const next = spans[i + 1];
    if (s.to > (next ? next.from : directory)) damaged(`entry ${s.e.name} overlaps ${next ? next.e.name : 'the directory'}`);
  }
}

/** The entry's bytes as stored (method 0: the data itself; 8: raw DEFLATE). */
export function storedBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = dataStart(bytes, view, e);
  return bytes.subarray(start, start + e.compressedSize);
}

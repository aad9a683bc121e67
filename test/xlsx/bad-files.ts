/** Byte patterns of the bad inputs of SPEC §10, built in memory (no binary blobs to keep in step). */
import { centralDirectory, storedBytes } from '../../src/xlsx/direct/zip-read';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** A compound-file header followed by a directory sector naming the given streams. */
export function cfbFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(CFB_MAGIC, 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18); // minor/major version, byte order, sector shift
  let at = 512;
  for (const s of ['Root Entry', ...streams]) {
    bytes.set(utf16(s), at);
    bytes[at + 64] = (s.length + 1) * 2; // the name's length in bytes, with its NUL terminator
    at += 128; // one directory entry
  }
  return bytes;
}

/** What Excel saves for a password-protected workbook: an OLE container with the encrypted package. */
export const encryptedXlsx = (): Uint8Array => cfbFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
/** A legacy BIFF8 workbook (.xls). */
export const legacyXls = (): Uint8Array => cfbFile(['Workbook', '\u0005SummaryInformation']);
/** Deterministic pseudo-random bytes. */
export function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}
/** The first part of a real file, as left by an interrupted copy. */
export const truncated = (bytes: Uint8Array, keep = 0.6): Uint8Array => bytes.slice(0, Math.floor(bytes.length * keep));

/**
 * A copy of the archive with garbage over the compressed data of entry `name` (the directory, sizes and CRC
 * left as they were): a damaged part the readers either read (and refuse) or never look at.
 */
export function damageEntry(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const e = centralDirectory(out).find((x) => x.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  const data = storedBytes(out, e);
  out.set(randomBytes(Math.min(64, data.length), 3), data.byteOffset - out.byteOffset);
  return out;
}

import { crc32 as jsCrc32 } from '../zip';
import { platformInflate } from '../direct/zip-parts';
import type { Inflate } from '../direct/zip-parts';
import { centralDirectory, storedBytes } from '../direct/zip-read';
import type { ZipEntry } from '../direct/zip-read';

/**
 * The few entries of an OpenDocument package the .ods reader needs, through the zip layer's public functions
 * (direct/zip-read.ts): only these entries are inflated, never the pictures or thumbnails beside them.
 */

/** Raw DEFLATE → bytes, stopped past the cap it was made with (null: damaged, or past the cap). */
export type AnyInflate = (raw: Uint8Array) => Uint8Array | null | Promise<Uint8Array | null>;

/**
 * The inflater to use, stopped once its output passes `cap` bytes: the caller's native one (the CLI's zlib), else
 * DecompressionStream where the runtime has it.
 */
export function inflaterFor(native: Inflate | undefined, cap: number): AnyInflate | null {
  const inflate = native ?? platformInflate();
  return inflate === null ? null : (raw) => inflate(raw, cap);
}

/** The package's entries by name, or null when the zip layer cannot list them. */
export function entriesOf(bytes: Uint8Array): Map<string, ZipEntry> | null {
  let list: ZipEntry[];
  try {
    list = centralDirectory(bytes);
  } catch {
    return null; // damaged or deceptive (zip-read.ts): the reader says 'corrupt'
  }
  const out = new Map<string, ZipEntry>();
  for (const e of list) if (!out.has(e.name)) out.set(e.name, e);
  return out;
}

/**
 * One entry's bytes, inflated; null when it is damaged (its data runs out, another method, an inflated size
 * other than the directory says) or larger than `cap` bytes once inflated.
 */
export async function entryBytes(bytes: Uint8Array, e: ZipEntry, inflate: AnyInflate, cap: number): Promise<Uint8Array | null> {
  if (e.size > cap) return null;
  try {
    const raw = storedBytes(bytes, e);
    const data = e.method === 0 ? raw : e.method === 8 ? await inflate(raw) : null;
    // As for .xlsx parts (zip-parts.ts): the declared size and the CRC-32 must both hold.
    return data !== null && data.length === e.size && jsCrc32(data) === e.crc ? data : null;
  } catch {
    return null;
  }
}

/** The `mimetype` entry's text (ODF: the first entry, stored), or null. */
export function mimetypeOf(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): string | null {
  const e = entries.get('mimetype');
  if (!e || e.method !== 0 || e.size > 200) return null;
  try {
    return String.fromCharCode(...storedBytes(bytes, e)).trim();
  } catch {
    return null;
  }
}

import { centralDirectory, storedBytes } from '../direct/zip-read';
import type { ZipEntry } from '../direct/zip-read';
import type { Inflate } from '../unpack';

/**
 * The few entries of an OpenDocument package the .ods reader needs, through the zip layer's public functions
 * (direct/zip-read.ts): only these entries are inflated, never the pictures or thumbnails beside them.
 */

/** Raw DEFLATE → bytes, synchronous (the CLI's zlib) or not (the browser's DecompressionStream). */
export type AnyInflate = (raw: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * The inflater to use: the caller's native one, else DecompressionStream where the runtime has it, which stops
 * reading once the output passes `cap` bytes (the result is then longer than any directory size we accept).
 */
export function inflaterFor(native: Inflate | undefined, cap: number): AnyInflate | null {
  if (native) return native;
  if (typeof DecompressionStream === 'undefined') return null;
  return async (raw) => {
    const reader = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        break;
      }
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
}

/** The package's entries by name, or null when the zip layer cannot list them. */
export function entriesOf(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const list = centralDirectory(bytes);
  if (list === null) return null;
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
  const raw = storedBytes(bytes, e);
  if (raw === null) return null;
  if (e.method === 0) return raw.length === e.size ? raw : null;
  if (e.method !== 8) return null;
  try {
    const data = await inflate(raw);
    return data.length === e.size ? data : null;
  } catch {
    return null;
  }
}

/** The `mimetype` entry's text (ODF: the first entry, stored), or null. */
export function mimetypeOf(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): string | null {
  const e = entries.get('mimetype');
  if (!e || e.method !== 0 || e.size > 200) return null;
  const raw = storedBytes(bytes, e);
  return raw === null ? null : String.fromCharCode(...raw).trim();
}

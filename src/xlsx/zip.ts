/**
 * A minimal zip writer (what an .xlsx needs: deflated entries, no zip64), used where exceljs' writer is too
 * slow (the summary of 50,000 rows: SPEC §9). Compression goes through the platform's native
 * `CompressionStream('deflate-raw')` (browsers, Node ≥ 18); without it entries are stored.
 */
import { concatBytes } from './bytes';

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  crcTable = t;
  return t;
}

export function crc32(data: Uint8Array): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (t[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One entry's compressed form: the raw DEFLATE data, the CRC-32 and size of the uncompressed data. */
export interface Compressed {
  /** True for DEFLATE data, false for stored bytes. */
  readonly deflated: boolean;
  /** The data, whole or in pieces to be written one after the other (no copy to join them). */
  readonly raw: Uint8Array | readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
}

/**
 * A compressor fed chunk by chunk while the XML is still being built, so compression (native, off the main
 * thread where the platform allows) overlaps with building the rest.
 */
export interface DeflateStream {
  /** The chunk is handed over: the caller must not change it afterwards. */
  write(chunk: Uint8Array): void;
  finish(): Promise<Compressed>;
}
export type Deflate = () => DeflateStream;

/**
 * Split a gzip member (RFC 1952) into its DEFLATE body and CRC-32: gzip computes the CRC natively, which is
 * an order of magnitude faster than doing it in JavaScript.
 */
export function fromGzip(gz: Uint8Array): Compressed {
  const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error('not a gzip member');
  const flags = gz[3] ?? 0;
  let at = 10;
  if (flags & 4) at += 2 + view.getUint16(at, true); // FEXTRA
  if (flags & 8) while (gz[at++] !== 0); // FNAME
  if (flags & 16) while (gz[at++] !== 0); // FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  return { deflated: true, raw: gz.subarray(at, gz.length - 8), crc: view.getUint32(gz.length - 8, true), size: view.getUint32(gz.length - 4, true) };
}

/** DEFLATE through the platform's CompressionStream (browsers, Node ≥ 18), or null when there is none. */
export function nativeDeflate(): Deflate | null {
  if (typeof CompressionStream === 'undefined' || typeof Response === 'undefined') return null;
  return () => {
    const cs = new CompressionStream('gzip');
    const writer = cs.writable.getWriter();
    const result = new Response(cs.readable).arrayBuffer(); // read while writing: no back-pressure stall
    return {
      write: (chunk) => void writer.write(chunk as Uint8Array<ArrayBuffer>),
      finish: async () => {
        await writer.close();
        return fromGzip(new Uint8Array(await result));
      },
    };
  };
}

/** Stored (uncompressed) form, CRC computed here. */
export function stored(data: Uint8Array): Compressed {
  return { deflated: false, raw: data, crc: crc32(data), size: data.length };
}

/** An entry: plain bytes (compressed here) or already compressed while it was built. */
export type ZipEntry = { readonly name: string; readonly data: Uint8Array } | { readonly name: string; readonly compressed: Promise<Compressed> };

/** DOS date/time of 1980-01-01 00:00: a fixed stamp keeps two runs byte-identical. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Build a zip archive from the entries, in order. */
export async function zip(entries: readonly ZipEntry[], deflate: Deflate | null = nativeDeflate()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const packed = await Promise.all(
    entries.map(async (e) => {
      let c: Compressed;
      if ('compressed' in e) c = await e.compressed;
      else if (deflate) {
        const stream = deflate();
        stream.write(e.data);
        c = await stream.finish();
      } else c = stored(e.data);
      const body = c.raw instanceof Uint8Array ? [c.raw] : c.raw;
      return { e, body, length: body.reduce((n, b) => n + b.length, 0), method: c.deflated ? 8 : 0, crc: c.crc, size: c.size };
    }),
  );
  for (const { e, body, length, method, crc, size } of packed) {
    const name = encoder.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, method, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, ...body);
    central.push(cd);
    offset += local.length + length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...parts, ...central, end]);
}

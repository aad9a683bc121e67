/**
 * What the zip writer (zip-writer.ts: what an .xlsx needs, deflated entries, no zip64; used where exceljs' writer
 * is too slow, SPEC §9) compresses with: the platform's native `CompressionStream` (browsers, Node ≥ 18), a
 * compressor given by the caller (the CLI's zlib), or none (entries stored); and the CRC-32.
 */
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
  /**
   * The chunk is handed over: the caller must not change it afterwards, until the compressor calls `release`
   * (once it no longer needs the chunk; a compressor that keeps it never does) — the caller may then reuse it.
   */
  write(chunk: Uint8Array, release?: () => void): void;
  /** The CRC-32 and size of all written, and the compressed data not handed to `onPiece` (all of it without). */
  finish(): Promise<Compressed>;
}
/**
 * A compressor factory. With `onPiece`, a compressor that makes its output in pieces may hand each on as soon as
 * it is queued (in order; the zip writer then writes each as it is ready) instead of keeping it for `finish`.
 */
export type Deflate = (onPiece?: (piece: Promise<Uint8Array>) => void) => DeflateStream;

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

import { constants, crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Crc32, Inflate } from '../xlsx/direct/zip-parts';
import type { Compressed, Deflate } from '../xlsx/zip';

/** The empty final block that ends a DEFLATE stream whose earlier pieces all ended in a full flush. */
const FINAL_BLOCK = new Uint8Array(deflateRawSync(new Uint8Array(0), { level: 1 }));

// One output buffer per piece (a megabyte of XML deflates to ~125 KB): with zlib's default 16 KB chunks each piece
// came back as eight buffers, each a callback on the main thread, then concatenated.
const PIECE = { level: 1, finishFlush: constants.Z_FULL_FLUSH, chunkSize: 512 * 1024 } as const;

/** Uncompressed bytes waiting for the thread pool, at most: beyond it a piece is compressed on the spot. */
const BACKLOG_LIMIT = 8 << 20;

function deflatePiece(chunk: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    deflateRaw(chunk, PIECE, (e, out) => (e ? reject(e) : resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength))));
  });
}

/**
 * Node's zlib, each chunk (a megabyte of XML) compressed on its own on the thread pool, pigz-style: every
 * piece ends in a full flush (byte-aligned, no final bit), so the pieces concatenate into one valid DEFLATE
 * stream closed by an empty final block; the CRC-32 is zlib's, chained over the chunks in order.
 *
 * Why: a zlib stream (createGzip) takes its next chunk only when the main thread turns back to the event
 * loop, which the synchronous XML writer does not do, so compression used to start only once the XML was
 * done. Independent pieces are all compressed while the writer goes on, in parallel. Level 1: about twice
 * as fast as the default for a file about 10 % larger, which suits a summary rebuilt on every run; restarting
 * the dictionary every megabyte costs well under 1 %.
 *
 * Memory stays bounded: when the thread pool falls behind the writer by more than 8 MB, the next piece is
 * compressed on the main thread (a 200 MB sheet no longer sits in memory waiting for the compressor).
 */
export const nodeDeflate: Deflate = (onPiece) => {
  // With `onPiece` (the zip writer), each piece goes on as soon as it is queued and is not kept here.
  const pieces: Promise<Uint8Array>[] = [];
  const hand = (piece: Promise<Uint8Array>) => (onPiece ? onPiece(piece) : void pieces.push(piece));
  let crc = 0;
  let size = 0;
  let backlog = 0;
  return {
    // The chunk is released once compressed: the writer fills it again instead of a new megabyte, whose first
    // touch costs a page fault per 4 KB (~55 ms off consolidate at 100 × 500, whose asset list is 21 MB, on this VM).
    write: (chunk, release) => {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (backlog + chunk.length > BACKLOG_LIMIT) {
        const out = deflateRawSync(chunk, PIECE);
        release?.();
        hand(Promise.resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength)));
        return;
      }
      backlog += chunk.length;
      hand(
        deflatePiece(chunk).finally(() => {
          backlog -= chunk.length;
          release?.();
        }),
      );
    },
    // The pieces as they are (the zip writer lays them out one after the other): no copy to join them.
    finish: async (): Promise<Compressed> => ({ deflated: true, raw: [...(await Promise.all(pieces)), FINAL_BLOCK], crc: crc >>> 0, size }),
  };
};

/** Node's native raw inflate, stopped past `maxBytes` (null then), for reading input files (see xlsx/direct/zip-parts.ts). */
export const nodeInflate: Inflate = (raw, maxBytes) => {
  try {
    // One output chunk of the declared size: zlib then hands it back as is, where smaller chunks are
    // concatenated into a second copy (twice the part's size at the peak).
    const out = inflateRawSync(raw, { maxOutputLength: maxBytes, chunkSize: Math.max(64, Math.min(maxBytes, 256 * 1024 * 1024)) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if (e instanceof RangeError && (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
};

/** zlib's CRC-32 (native). */
export const nodeCrc32: Crc32 = (data) => crc32(data) >>> 0;

/** How the CLI reads input files: zlib's inflate and CRC-32, the default caps. */
export const NODE_READ = { inflate: nodeInflate, crc32: nodeCrc32 } as const;

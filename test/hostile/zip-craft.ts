/**
 * A zip writer that can lie: declared sizes, CRCs and local names that disagree with the data, directory
 * records that point at another record's data, duplicate names, ZIP64 end records (with the classic record
 * maxed out or not) and ZIP64 extra fields, any number of entries. Test code only: the hostile generator's
 * files are built with it at test time.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { concatBytes } from '../../src/xlsx/bytes';

/** An entry's data as stored: raw DEFLATE (or the bytes themselves for method 0), with its true CRC and size. */
export interface Body {
  readonly method: 0 | 8;
  readonly raw: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

export interface CraftEntry {
  readonly name: string;
  readonly body: Body;
  /** Lies in the central directory (and the local header): declared CRC, size, compressed size. */
  readonly declared?: { crc?: number; size?: number; compressedSize?: number };
  /** The name the local header gives (default: the same). */
  readonly localName?: string;
  /** Write sizes and offset as 0xFFFFFFFF with a ZIP64 extra field. */
  readonly zip64?: boolean;
  /**
   * Write this entry (local header and data) inside the data of entry `embedIn` (an earlier index, whose
   * body is then replaced by the stored bytes of what it holds): two entries sharing bytes.
   */
  readonly embedIn?: number;
}

export interface CraftOptions {
  /** Further directory records, each pointing at the local header and data of entry `target` (by index), under a new name. */
  readonly aliases?: readonly { readonly name: string; readonly target: number }[];
  /** Write a ZIP64 end record and locator; 'maxed' also puts the 0xFFFF… markers in the classic record. */
  readonly zip64End?: 'plain' | 'maxed';
}

const enc = new TextEncoder();

/** Plain bytes, deflated (or stored). */
export function body(data: Uint8Array | string, method: 0 | 8 = 8): Body {
  const bytes = typeof data === 'string' ? enc.encode(data) : data;
  const raw = method === 8 ? new Uint8Array(deflateRawSync(bytes)) : bytes;
  return { method, raw, crc: crc32(bytes) >>> 0, size: bytes.length };
}

/**
 * `head`, then `count` bytes of `fill`, then `tail`, deflated without ever holding the whole: the filler is
 * compressed once in blocks of 16 MiB, each ending in a full flush, and repeated (DEFLATE streams of
 * full-flushed pieces concatenate). A gigabyte of spaces costs about a megabyte. `count` must be a multiple
 * of the block when above it.
 */
export function bomb(head: string, fill: number, count: number, tail: string): Body {
  const BLOCK = 16 * 1024 * 1024;
  const piece = (bytes: Uint8Array) => new Uint8Array(deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH }));
  const headBytes = enc.encode(head);
  const tailBytes = enc.encode(tail);
  const block = new Uint8Array(Math.min(BLOCK, count)).fill(fill);
  if (count > BLOCK && count % BLOCK !== 0) throw new Error('bomb: count must be a multiple of 16 MiB');
  const blockRaw = piece(block);
  const parts: Uint8Array[] = [piece(headBytes)];
  let crc = crc32(headBytes);
  for (let done = 0; done < count; done += block.length) {
    parts.push(blockRaw);
    crc = crc32(block, crc);
  }
  parts.push(new Uint8Array(deflateRawSync(tailBytes)));
  crc = crc32(tailBytes, crc);
  return { method: 8, raw: concat(parts), crc: crc >>> 0, size: headBytes.length + count + tailBytes.length };
}

export const concat = concatBytes;

/** Little-endian record writer. */
class Rec {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  constructor(n: number) {
    this.bytes = new Uint8Array(n);
    this.view = new DataView(this.bytes.buffer);
  }
  u16(at: number, v: number): this {
    this.view.setUint16(at, v, true);
    return this;
  }
  u32(at: number, v: number): this {
    this.view.setUint32(at, v >>> 0, true);
    return this;
  }
  u64(at: number, v: number): this {
    this.view.setUint32(at, v % 0x1_0000_0000, true);
    this.view.setUint32(at + 4, Math.floor(v / 0x1_0000_0000), true);
    return this;
  }
  set(at: number, b: Uint8Array): this {
    this.bytes.set(b, at);
    return this;
  }
}

/** An entry's local header (its declared values, its local name). */
function localHeader(e: CraftEntry): Uint8Array {
  const local = enc.encode(e.localName ?? e.name);
  return new Rec(30 + local.length)
    .u32(0, 0x04034b50)
    .u16(4, 20)
    .u16(6, 0x0800)
    .u16(8, e.body.method)
    .u16(12, 0x21)
    .u32(14, e.declared?.crc ?? e.body.crc)
    .u32(18, e.declared?.compressedSize ?? e.body.raw.length)
    .u32(22, e.declared?.size ?? e.body.size)
    .u16(26, local.length)
    .set(30, local).bytes;
}

/** The archive: local headers and data in order, then the directory (entries, then aliases), then the end records. */
export function craftZip(given: readonly CraftEntry[], options: CraftOptions = {}): Uint8Array {
  const out: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const inside = new Map<number, CraftEntry[]>();
  for (const x of given) if (x.embedIn !== undefined) inside.set(x.embedIn, [...(inside.get(x.embedIn) ?? []), x]);
  const entries = given.map((e, i) => {
    const inner = inside.get(i);
    return inner === undefined ? e : { ...e, body: body(concat(inner.flatMap((x) => [localHeader(x), x.body.raw])), 0) };
  });
  for (const [i, e] of entries.entries()) {
    if (e.embedIn !== undefined) {
      // Its bytes lie inside its container's data: find them there.
      const container = entries[e.embedIn];
      const start = (offsets[e.embedIn] ?? 0) + 30 + enc.encode(container?.localName ?? container?.name ?? '').length;
      let at = start;
      for (const x of inside.get(e.embedIn) ?? []) {
        if (x === given[i]) break;
        at += localHeader(x).length + x.body.raw.length;
      }
      offsets.push(at);
      continue;
    }
    const h = localHeader(e);
    offsets.push(offset);
    out.push(h, e.body.raw);
    offset += h.length + e.body.raw.length;
  }
  const cdStart = offset;
  const record = (name: string, e: CraftEntry, localOffset: number): Uint8Array => {
    const n = enc.encode(name);
    const crc = e.declared?.crc ?? e.body.crc;
    const size = e.declared?.size ?? e.body.size;
    const csize = e.declared?.compressedSize ?? e.body.raw.length;
    const extra = e.zip64 ? new Rec(28).u16(0, 0x0001).u16(2, 24).u64(4, size).u64(12, csize).u64(20, localOffset).bytes : new Uint8Array(0);
    return new Rec(46 + n.length + extra.length)
      .u32(0, 0x02014b50)
      .u16(4, 45)
      .u16(6, e.zip64 ? 45 : 20)
      .u16(8, 0x0800)
      .u16(10, e.body.method)
      .u16(14, 0x21)
      .u32(16, crc)
      .u32(20, e.zip64 ? 0xffffffff : csize)
      .u32(24, e.zip64 ? 0xffffffff : size)
      .u16(28, n.length)
      .u16(30, extra.length)
      .u32(42, e.zip64 ? 0xffffffff : localOffset)
      .set(46, n)
      .set(46 + n.length, extra).bytes;
  };
  const directory: Uint8Array[] = entries.map((e, i) => record(e.name, e, offsets[i] ?? 0));
  for (const a of options.aliases ?? []) {
    const target = entries[a.target];
    if (!target) throw new Error('alias target');
    directory.push(record(a.name, target, offsets[a.target] ?? 0));
  }
  const cd = concat(directory);
  out.push(cd);
  offset += cd.length;
  const count = directory.length;
  const maxed = options.zip64End === 'maxed';
  if (options.zip64End) {
    const z = new Rec(56).u32(0, 0x06064b50).u64(4, 44).u16(12, 45).u16(14, 45).u64(24, count).u64(32, count).u64(40, cd.length).u64(48, cdStart);
    const locator = new Rec(20).u32(0, 0x07064b50).u64(8, offset).u32(16, 1);
    out.push(z.bytes, locator.bytes);
  }
  // A count that does not fit 16 bits is written as the 0xFFFF marker (the ZIP64 record holds it).
  const classicCount = maxed || (options.zip64End && count > 0xffff) ? 0xffff : count & 0xffff;
  out.push(
    new Rec(22)
      .u32(0, 0x06054b50)
      .u16(8, classicCount)
      .u16(10, classicCount)
      .u32(12, maxed ? 0xffffffff : cd.length)
      .u32(16, maxed ? 0xffffffff : cdStart).bytes,
  );
  return concat(out);
}

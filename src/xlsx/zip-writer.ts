/**
 * The zip writer behind `zip` and the .xlsx writers: entries laid out one after the other into a `ZipOut` as
 * their data comes, each local header written first with zeros and completed (method, CRC-32, sizes) once its
 * entry is done, then the central directory. No zip64, no data descriptors: the bytes are the same whether
 * the output is kept in memory or streamed to a file.
 *
 * Why stream: a summary of 1,000 files × 500 rows is 26 MB compressed; held until the end (and joined into one
 * array) it was a sixth of the CLI's peak memory. Written to the file as each piece comes back from the
 * compressor, it never exists whole.
 */
import { concatBytes } from './bytes';
import { nativeDeflate, stored } from './zip';
import type { Compressed, Deflate } from './zip';

/** Where the archive goes: appended in order, with the local headers patched in place afterwards. */
export interface ZipOut {
  write(bytes: Uint8Array): Promise<void> | void;
  /** Overwrite bytes written earlier at `offset` (never past what was written). */
  patch(offset: number, bytes: Uint8Array): Promise<void> | void;
}

/**
 * An entry being written: its uncompressed bytes, chunk by chunk (handed over: not to be changed after, unless
 * `release` is called — see `DeflateStream.write`).
 */
export interface ZipEntrySink {
  write(chunk: Uint8Array, release?: () => void): void;
  end(): void;
}

/** DOS date/time of 1980-01-01 00:00: a fixed stamp keeps two runs byte-identical. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const encoder = new TextEncoder();

/**
 * The fields a local header and a central record share, in the same order (version needed, flags, method, time,
 * date, CRC-32, sizes, name length), from `at`: 4 in a local header, 6 in a central record.
 */
function entryFields(v: DataView, at: number, method: number, crc: number, length: number, size: number, nameLength: number): void {
  v.setUint16(at, 20, true);
  v.setUint16(at + 2, 0x0800, true); // UTF-8 names
  v.setUint16(at + 4, method, true);
  v.setUint16(at + 6, DOS_TIME, true);
  v.setUint16(at + 8, DOS_DATE, true);
  v.setUint32(at + 10, crc, true);
  v.setUint32(at + 14, length, true);
  v.setUint32(at + 18, size, true);
  v.setUint16(at + 22, nameLength, true);
}

function localHeader(name: Uint8Array, method: number, crc: number, length: number, size: number): Uint8Array {
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  entryFields(lv, 4, method, crc, length, size, name.length);
  local.set(name, 30);
  return local;
}

function centralRecord(name: Uint8Array, method: number, crc: number, length: number, size: number, offset: number): Uint8Array {
  const cd = new Uint8Array(46 + name.length);
  const cv = new DataView(cd.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true); // version made by
  entryFields(cv, 6, method, crc, length, size, name.length);
  cv.setUint32(42, offset, true);
  cd.set(name, 46);
  return cd;
}

export class ZipWriter {
  /** Every write goes through this chain, in entry order; it never rejects (the first failure is kept). */
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;
  private offset = 0;
  private readonly central: Uint8Array[] = [];

  /** `deflate` null: entries are stored. */
  constructor(
    private readonly out: ZipOut,
    private readonly deflate: Deflate | null,
  ) {}

  // Not named `then`: a class with a `then` method makes its instances thenables, which `await` would call.
  private queue(step: () => Promise<void> | void): void {
    this.chain = this.chain.then(async () => {
      if (this.failure === null) await step();
    }).catch((error: unknown) => {
      this.failure ??= { error };
    });
  }

  private put(bytes: Uint8Array): Promise<void> | void {
    this.offset += bytes.length;
    return this.out.write(bytes);
  }

  /** An entry whose bytes are all known. */
  add(name: string, data: Uint8Array): void {
    const sink = this.open(name);
    sink.write(data);
    sink.end();
  }

  /** An entry written chunk by chunk: compressed as it comes, each compressed piece written as it is ready. */
  open(name: string): ZipEntrySink {
    const entry = this.begin(name);
    const held: Uint8Array[] = [];
    const stream = this.deflate ? this.deflate(entry.piece) : null;
    return {
      write: (chunk, release) => (stream ? stream.write(chunk, release) : void held.push(chunk)),
      end: () => entry.close(stream ? stream.finish() : Promise.resolve(stored(concatBytes(held)))),
    };
  }

  /** An entry compressed (or stored) elsewhere already. */
  addCompressed(name: string, compressed: Promise<Compressed>): void {
    this.begin(name).close(compressed);
  }

  /**
   * Queue an entry's local header (zeros for what is known only at its end); `piece` queues compressed data as it
   * comes, `close` the rest of it and the header's completion.
   */
  private begin(name: string): { piece(p: Promise<Uint8Array>): void; close(done: Promise<Compressed>): void } {
    const nameBytes = encoder.encode(name);
    let at = 0;
    let length = 0;
    this.queue(() => {
      at = this.offset;
      return this.put(localHeader(nameBytes, 0, 0, 0, 0));
    });
    const piece = (p: Promise<Uint8Array>) => {
      // Handled now, awaited in turn: a piece that fails before its turn must not count as an unhandled rejection.
      p.catch(() => undefined);
      this.queue(async () => {
        const bytes = await p;
        length += bytes.length;
        await this.put(bytes);
      });
    };
    const close = (done: Promise<Compressed>) => {
      done.catch(() => undefined);
      this.queue(async () => {
        const c = await done;
        // A compressor that does not hand pieces on gives them all here.
        for (const bytes of c.raw instanceof Uint8Array ? [c.raw] : c.raw) {
          length += bytes.length;
          await this.put(bytes);
        }
        const method = c.deflated ? 8 : 0;
        await this.out.patch(at, localHeader(nameBytes, method, c.crc, length, c.size));
        this.central.push(centralRecord(nameBytes, method, c.crc, length, c.size, at));
      });
    };
    return { piece, close };
  }

  /** Waits for every entry, then writes the central directory and its end record. */
  async finish(): Promise<void> {
    this.queue(async () => {
      const start = this.offset;
      for (const cd of this.central) await this.put(cd);
      const end = new Uint8Array(22);
      const ev = new DataView(end.buffer);
      ev.setUint32(0, 0x06054b50, true);
      ev.setUint16(8, this.central.length, true);
      ev.setUint16(10, this.central.length, true);
      ev.setUint32(12, this.offset - start, true);
      ev.setUint32(16, start, true);
      await this.put(end);
    });
    await this.chain;
    if (this.failure) throw this.failure.error;
  }
}

/** A `ZipOut` in memory; `bytes()` joins what was written. */
export function memoryZipOut(): ZipOut & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = [];
  const at = new Map<number, number>();
  let size = 0;
  return {
    write: (bytes) => {
      at.set(size, parts.length);
      parts.push(bytes);
      size += bytes.length;
    },
    patch: (offset, bytes) => {
      const i = at.get(offset);
      const part = i === undefined ? undefined : parts[i];
      if (!part || part.length !== bytes.length) throw new Error('zip: a patch must replace one earlier write');
      parts[i as number] = bytes;
    },
    bytes: () => concatBytes(parts),
  };
}

/** An entry: plain bytes (compressed here) or already compressed while it was built. */
export type ZipEntry = { readonly name: string; readonly data: Uint8Array } | { readonly name: string; readonly compressed: Promise<Compressed> };

/** Build a zip archive from the entries, in order, in memory. */
export async function zip(entries: readonly ZipEntry[], deflate: Deflate | null = nativeDeflate()): Promise<Uint8Array> {
  const out = memoryZipOut();
  const writer = new ZipWriter(out, deflate);
  for (const e of entries) {
    if ('compressed' in e) writer.addCompressed(e.name, e.compressed);
    else writer.add(e.name, e.data);
  }
  await writer.finish();
  return out.bytes();
}

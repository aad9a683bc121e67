/**
 * The parts of an .xlsx package, inflated one at a time when asked for and never otherwise: a media entry,
 * a theme or a printer-settings blob is never inflated, whatever it holds. Each part is checked as it is
 * inflated — its size against the caps and against what the directory declares (inflation stops there), then
 * its CRC-32 — so a zip bomb costs at most the cap, and a lying or damaged entry is refused (`ZipDamaged`).
 */
import { crc32 as jsCrc32 } from '../zip';
import type { Budget } from '../limits';
import { ZipDamaged, centralDirectory, storedBytes } from './zip-read';
import type { ZipEntry } from './zip-read';

/**
 * Raw DEFLATE → bytes, producing at most `maxBytes`: null when the data inflates to more (the caller
 * refuses the entry), an exception when it is not valid DEFLATE. The CLI passes Node's zlib
 * (`maxOutputLength`); in the browser, `platformInflate` (DecompressionStream).
 */
export type Inflate = (raw: Uint8Array, maxBytes: number) => Uint8Array | null | Promise<Uint8Array | null>;

/** CRC-32 of the bytes (the CLI passes zlib's, several times faster than the JavaScript one). */
export type Crc32 = (data: Uint8Array) => number;

/** DEFLATE through the platform's DecompressionStream (browsers, Node ≥ 18), stopped past `maxBytes`; null when there is none. */
export function platformInflate(): Inflate | null {
  if (typeof DecompressionStream === 'undefined') return null;
  return async (raw, maxBytes) => {
    const stream = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
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

export interface ZipPartsOptions {
  readonly inflate: Inflate;
  readonly crc32?: Crc32;
  /** Counts and caps the bytes inflated (and the directory's records). */
  readonly budget: Budget;
}

/** The package's entries by name, each inflated on request. */
export class ZipParts {
  private readonly entries: ReadonlyMap<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    list: readonly ZipEntry[],
    private readonly options: ZipPartsOptions,
  ) {
    this.entries = new Map(list.map((e) => [e.name, e]));
  }

  /** Read the directory (throws `ZipDamaged`, or `LimitExceeded` past the entries cap). */
  static open(bytes: Uint8Array, options: ZipPartsOptions): ZipParts {
    return new ZipParts(bytes, centralDirectory(bytes, options.budget.limits.entries), options);
  }

  /** Entry names in directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The size the directory declares for the entry, inflated (0 when there is none). */
  sizeOf(name: string): number {
    return this.entries.get(name)?.size ?? 0;
  }

  /** The CRC-32 the directory records for the entry (0 when there is none). */
  crcOf(name: string): number {
    return this.entries.get(name)?.crc ?? 0;
  }

  /** The entry's bytes, inflated and checked; null when there is no such entry. */
  async read(name: string): Promise<Uint8Array | null> {
    const e = this.entries.get(name);
    if (e === undefined) return null;
    const budget = this.options.budget;
    // Refused before inflating anything when the declared size alone is over a cap.
    budget.allowPart(name, e.size);
    const raw = storedBytes(this.bytes, e);
    let data: Uint8Array | null;
    if (e.method === 0) data = raw;
    else if (e.method === 8) data = await this.inflate(name, raw, e.size);
    else throw new ZipDamaged(`${name}: compression method ${e.method}`);
    // Inflation stops at the declared size: a part that inflates to more (or less) than its directory says is a lie.
    if (data === null || data.length !== e.size) throw new ZipDamaged(`${name} does not inflate to the ${e.size} bytes its directory record declares`);
    if ((this.options.crc32 ?? jsCrc32)(data) !== e.crc) throw new ZipDamaged(`${name}: CRC-32 mismatch`);
    budget.inflated(name, data.length);
    return data;
  }

  private async inflate(name: string, raw: Uint8Array, size: number): Promise<Uint8Array | null> {
    try {
      return await this.options.inflate(raw, Math.max(size, 1));
    } catch (e) {
      throw new ZipDamaged(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

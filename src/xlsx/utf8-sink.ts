/**
 * A growable UTF-8 byte buffer. Large XML parts are encoded piece by piece as they are built, instead of
 * growing one huge string: the live heap stays small and the garbage collector has little to trace, which
 * on a 50,000-row sheet was most of the writing time.
 */
export class Utf8Sink {
  private static readonly encoder = new TextEncoder();
  private buf: Uint8Array;
  private len = 0;
  private emitted = 0;

  /**
   * With `onChunk`, every full `initial`-byte buffer is handed on (e.g. to a compressor) and reused, so the
   * part never exists whole in memory; `bytes()` then returns only what was not handed on yet.
   */
  constructor(
    private readonly initial = 1 << 16,
    private readonly onChunk?: (chunk: Uint8Array) => void,
  ) {
    this.buf = new Uint8Array(initial);
  }

  write(s: string): void {
    if (this.onChunk && this.len > 0 && this.len + s.length * 3 > this.buf.length) this.emit();
    const max = s.length * 3; // UTF-16 code unit → at most 3 UTF-8 bytes
    if (this.len + max > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + max));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.len += Utf8Sink.encoder.encodeInto(s, this.buf.subarray(this.len)).written;
  }

  private emit(): void {
    this.onChunk?.(this.buf.slice(0, this.len));
    this.emitted += this.len;
    this.len = 0;
  }

  /** Bytes written so far (handed on or not). */
  get length(): number {
    return this.emitted + this.len;
  }

  /** Hand on what is left (with `onChunk`). */
  end(): void {
    if (this.len > 0) this.emit();
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

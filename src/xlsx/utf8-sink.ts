/**
 * A growable UTF-8 byte buffer. Large XML parts are encoded piece by piece as they are built, instead of
 * growing one huge string: the live heap stays small and the garbage collector has little to trace, which
 * on a 50,000-row sheet was most of the writing time.
 */
const PENDING_LIMIT = 1 << 14;

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

  /**
   * Text not encoded yet. Why: a summary row is a few hundred bytes, and one `encodeInto` per row (each with
   * its own subarray view and result object) cost more than the encoding itself; batching ~16K characters
   * into one call does not.
   */
  private pending = '';

  write(s: string): void {
    this.pending += s;
    if (this.pending.length >= PENDING_LIMIT) this.flush();
  }

  private flush(): void {
    const s = this.pending;
    if (s === '') return;
    this.pending = '';
    if (this.onChunk && this.len > 0 && this.len + s.length * 3 > this.buf.length) this.emit();
    const max = s.length * 3; // UTF-16 code unit → at most 3 UTF-8 bytes
    if (this.len + max > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + max));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.len += Utf8Sink.encoder.encodeInto(s, this.buf.subarray(this.len)).written;
  }

  /** Append bytes that are already UTF-8 (e.g. another sink's). */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    let at = 0;
    while (at < bytes.length) {
      if (this.onChunk && this.len === this.buf.length) this.emit();
      const room = this.onChunk ? this.buf.length - this.len : bytes.length - at;
      if (this.len + room > this.buf.length) {
        const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + room));
        next.set(this.buf.subarray(0, this.len));
        this.buf = next;
      }
      const n = Math.min(room, bytes.length - at);
      this.buf.set(bytes.subarray(at, at + n), this.len);
      this.len += n;
      at += n;
    }
  }

  private emit(): void {
    this.onChunk?.(this.buf.slice(0, this.len));
    this.emitted += this.len;
    this.len = 0;
  }

  /** Bytes written so far (handed on or not). */
  get length(): number {
    this.flush();
    return this.emitted + this.len;
  }

  /** Hand on what is left (with `onChunk`). */
  end(): void {
    this.flush();
    if (this.len > 0) this.emit();
  }

  bytes(): Uint8Array {
    this.flush();
    return this.buf.subarray(0, this.len);
  }
}

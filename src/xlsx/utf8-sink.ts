import { xmlText } from './xml';

/**
 * A growable UTF-8 byte buffer. Large XML parts are encoded piece by piece as they are built, instead of
 * growing one huge string: the live heap stays small and the garbage collector has little to trace, which
 * on a 50,000-row sheet was most of the writing time.
 *
 * The hot path of a big sheet writes bytes directly (`ascii`, `int`, `text`): no string is built per cell, so
 * nothing is concatenated, flattened, encoded a second time or collected.
 */
const PENDING_LIMIT = 1 << 14;

export class Utf8Sink {
  private static readonly encoder = new TextEncoder();
  private buf: Uint8Array;
  private len = 0;
  private emitted = 0;
  /** Full buffers handed on to `onChunk` so far. */
  handedOn = 0;
  /** Buffers handed on and released since: filled again before a new one is made. */
  private readonly spare: Uint8Array[] = [];

  /**
   * With `onChunk`, every full `initial`-byte buffer is handed on (e.g. to a compressor), so the part never
   * exists whole in memory; `bytes()` then returns only what was not handed on yet. A full buffer goes on as
   * it is, not copied; once its receiver calls `release` it is filled again (a fresh buffer's first touch
   * costs a page fault per 4 KB). Chunks handed on as copies (`end`, `writeBytes`, a long pending text) need no
   * release.
   */
  constructor(
    private readonly initial = 1 << 16,
    private readonly onChunk?: (chunk: Uint8Array, release?: () => void) => void,
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

  /** Room for `n` more bytes (handing the buffer on when it is full, with `onChunk`). */
  private room(n: number): Uint8Array {
    if (this.pending !== '') this.flush();
    if (this.len + n > this.buf.length) {
      if (this.onChunk && this.len > 0) this.handOn();
      if (this.len + n > this.buf.length) {
        const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
        next.set(this.buf.subarray(0, this.len));
        this.buf = next;
      }
    }
    return this.buf;
  }

  /** A string known to be ASCII (markup, names of our own), byte for byte. */
  ascii(s: string): void {
    const buf = this.room(s.length);
    let at = this.len;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.len = at;
  }

  /**
   * Bytes made once and written many times (markup prepared with `asciiBytes`). Why not `ascii`: the markup the
   * writer assembles from pieces is a concatenation (a rope) in V8, and reading one character by character
   * walks the rope on every call.
   */
  raw(bytes: Uint8Array): void {
    const n = bytes.length;
    const buf = this.room(n);
    let at = this.len;
    for (let i = 0; i < n; i++) buf[at++] = bytes[i] ?? 0;
    this.len = at;
  }

  /**
   * A whole number ≥ 0 in decimal (cell values, row numbers), as `String(n)` writes it. Digits go straight into
   * the buffer below 10^15 (no string per number: a summary writes one per cell); larger ones through `String`,
   * which switches to exponent notation past 10^21.
   */
  int(n: number): void {
    if (n < 10) {
      this.room(1)[this.len++] = 48 + n;
      return;
    }
    if (n >= 1e15) {
      this.ascii(String(n));
      return;
    }
    let digits = 2;
    for (let p = 100; p <= n; p *= 10) digits++;
    const buf = this.room(digits);
    let at = this.len + digits;
    this.len = at;
    let rest = n;
    while (rest >= 10) {
      const q = Math.floor(rest / 10);
      buf[--at] = 48 + (rest - q * 10);
      rest = q;
    }
    buf[--at] = 48 + rest;
  }

  /**
   * Text as `xmlText` escapes it, encoded straight into the buffer. Characters that need more than XML's
   * four escapes (controls, lone surrogates, a literal `_x`) send the text through `xmlText` instead.
   */
  text(s: string): void {
    const buf = this.room(s.length * 6); // the longest escape, &quot;, is 6 bytes
    let at = this.len;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (PLAIN[c] === 1) {
          if (c === 0x5f && s.charCodeAt(i + 1) === 0x78) return this.slowText(s); // `_x`
          buf[at++] = c;
        } else if (c === 0x26) at = put(buf, at, AMP);
        else if (c === 0x3c) at = put(buf, at, LT);
        else if (c === 0x3e) at = put(buf, at, GT);
        else if (c === 0x22) at = put(buf, at, QUOT);
        else return this.slowText(s); // a control character
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = s.charCodeAt(i + 1);
        if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return this.slowText(s); // a lone surrogate
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[at++] = 0xf0 | (cp >> 18);
        buf[at++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[at++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[at++] = 0x80 | (cp & 0x3f);
        i++;
      } else if (c === 0xfffe || c === 0xffff) {
        return this.slowText(s);
      } else {
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.len = at;
  }

  /** `text` for the rare text that needs `xmlText`'s full treatment (nothing of it was kept yet). */
  private slowText(s: string): void {
    this.write(xmlText(s));
    this.flush();
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

  /** `emit` without a copy: the full buffer goes on as it is and writing continues in a released or new one. */
  private handOn(): void {
    const full = this.buf;
    let released = false;
    this.onChunk?.(full.subarray(0, this.len), () => {
      if (released) return;
      released = true;
      this.spare.push(full);
    });
    this.emitted += this.len;
    this.handedOn++;
    // A spare of another size (released before one long write grew the buffer) will never fit again: dropped.
    let spare = this.spare.pop();
    while (spare !== undefined && spare.length !== full.length) spare = this.spare.pop();
    this.buf = spare ?? new Uint8Array(full.length);
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

/** An ASCII string as bytes, for `Utf8Sink.raw`. */
export function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** ASCII written as it is by `text`: printable, tab, LF and CR, less XML's four specials. */
const PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x80; c++) PLAIN[c] = 1;
for (const c of [0x09, 0x0a, 0x0d]) PLAIN[c] = 1;
for (const c of [0x22, 0x26, 0x3c, 0x3e]) PLAIN[c] = 0;

const AMP = [0x26, 0x61, 0x6d, 0x70, 0x3b]; // &amp;
const LT = [0x26, 0x6c, 0x74, 0x3b]; // &lt;
const GT = [0x26, 0x67, 0x74, 0x3b]; // &gt;
const QUOT = [0x26, 0x71, 0x75, 0x6f, 0x74, 0x3b]; // &quot;

/** Copy an entity's bytes. */
function put(buf: Uint8Array, at: number, bytes: readonly number[]): number {
  for (const b of bytes) buf[at++] = b;
  return at;
}

/**
 * A cursor over the tags of a worksheet's `<sheetData>` as bytes (sheet-bytes.ts): literal tag names, the
 * attributes of the open tag as offsets (`r`, `s`, `t` remembered, the others only checked), the text of `<v>`.
 * It accepts a strict subset of what the tokenizer (xml-scan.ts) accepts and reads it the same way; anything
 * outside that subset throws `Miss`, and the caller reads the part as text instead. Every byte it accepts is
 * printable ASCII or one of the four XML spaces, so the bytes it passes over need no decoding to be valid
 * UTF-8 and XML characters, and hold no entity, CDATA section or `]]>`.
 */

/** The fast path does not cover what follows (one instance: it is thrown per file that leaves it, never shown). */
export class Miss extends Error {
  static readonly it = new Miss('not the byte path');
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;

const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Bytes by what they may be (a table lookup per byte rather than a chain of comparisons: this runs for every byte). */
function table(from: number, to: number, except: string): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = from; c <= to; c++) if (!except.includes(String.fromCharCode(c))) t[c] = 1;
  return t;
}
/** Bytes of an attribute name as the tokenizer ends it (space, `/ > = <` and quotes end it); outside ASCII: not ours. */
const NAME = table(0x21, 0x7e, '/>=<"\'');
/** Bytes of an attribute value taken as written: printable ASCII but `<`, `&` (an entity) and `]` (`]]>`). */
const VALUE = table(0x20, 0x7e, '<&]');
/** Bytes of a `<v>` text taken as written: the same, and no `>` either (`]]>` again). */
const TEXT = table(0x20, 0x7e, '<&]>');

/** Up to this many attributes per tag (the usual row or cell has two or three). */
const MAX_ATTRS = 8;

export class ByteTags {
  /** Value spans [start, end) of the open tag's `r`, `s` and `t` attributes (end -1: absent). */
  rS = 0;
  rE = -1;
  sS = 0;
  sE = -1;
  tS = 0;
  tE = -1;
  private readonly names = new Int32Array(2 * MAX_ATTRS);

  constructor(
    readonly d: Uint8Array,
    /** The cursor. */
    public p: number,
  ) {}

  skipSpace(): void {
    const d = this.d;
    let p = this.p;
    while (isSpace(d[p])) p++;
    this.p = p;
  }

  /** The bytes at `at` spell `s`. */
  is(at: number, s: string): boolean {
    const d = this.d;
    for (let k = 0; k < s.length; k++) if (d[at + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  /** `</name>` at the cursor: consumed (true); anything else: nothing consumed (false). */
  closes(name: string): boolean {
    const p = this.p;
    const d = this.d;
    if (d[p] !== LT || d[p + 1] !== SLASH || d[p + 2 + name.length] !== GT || !this.is(p + 2, name)) return false;
    this.p = p + 3 + name.length;
    return true;
  }

  /** `<name` at the cursor, ended by a space, `/` or `>`: consumed; else Miss. */
  open(name: string): void {
    const p = this.p;
    const d = this.d;
    const after = d[p + 1 + name.length];
    if (d[p] !== LT || !this.is(p + 1, name) || !(isSpace(after) || after === SLASH || after === GT)) throw Miss.it;
    this.p = p + 1 + name.length;
  }

  /** `<v>` at the cursor (no attribute): consumed; else Miss. */
  expectOpenV(): void {
    const p = this.p;
    const d = this.d;
    if (d[p] !== LT || d[p + 1] !== 0x76 /* v */ || d[p + 2] !== GT) throw Miss.it;
    this.p = p + 3;
  }

  /**
   * The attributes of the tag being opened, up to and past its end: true for `/>`. The tokenizer's rules
   * (space before each attribute, `=` between optional spaces, quoted value, no name twice), with values of
   * printable ASCII only and no `<`, `&` (an entity) or `]`; a namespace declaration is the text path's.
   */
  attrs(): boolean {
    const d = this.d;
    const names = this.names;
    this.rE = this.sE = this.tE = -1;
    let count = 0;
    let p = this.p;
    for (;;) {
      const before = p;
      while (isSpace(d[p])) p++;
      const c = d[p];
      if (c === GT) {
        this.p = p + 1;
        return false;
      }
      if (c === SLASH) {
        if (d[p + 1] !== GT) throw Miss.it;
        this.p = p + 2;
        return true;
      }
      if (p === before || count === MAX_ATTRS) throw Miss.it;
      const ns = p;
      while (NAME[d[p] ?? 0] === 1) p++;
      const ne = p;
      if (ne === ns || this.is(ns, 'xmlns')) throw Miss.it;
      while (isSpace(d[p])) p++;
      if (d[p] !== EQ) throw Miss.it;
      p++;
      while (isSpace(d[p])) p++;
      const q = d[p];
      if (q !== QUOT && q !== APOS) throw Miss.it;
      const vs = ++p;
      for (let n = d[p]; n !== q; n = d[++p]) if (VALUE[n ?? 0] !== 1) throw Miss.it;
      const ve = p++;
      for (let k = 0; k < count; k++) {
        const ks = names[2 * k] ?? 0;
        if ((names[2 * k + 1] ?? 0) - ks !== ne - ns) continue;
        let same = true;
        for (let i = 0; same && i < ne - ns; i++) same = d[ks + i] === d[ns + i];
        if (same) throw Miss.it;
      }
      names[2 * count] = ns;
      names[2 * count + 1] = ne;
      count++;
      if (ne === ns + 1) {
        const n = d[ns];
        if (n === 0x72 /* r */) {
          this.rS = vs;
          this.rE = ve;
        } else if (n === 0x73 /* s */) {
          this.sS = vs;
          this.sE = ve;
        } else if (n === 0x74 /* t */) {
          this.tS = vs;
          this.tE = ve;
        }
      }
    }
  }

  /** The text of a `<v>` just opened, up to and past its `</v>`: returns where the text ends (it starts at the old cursor). */
  text(): number {
    const d = this.d;
    let p = this.p;
    // As written, what the tokenizer reports (TEXT has no `&`, `]` or `>`).
    for (let n = d[p]; n !== LT; n = d[++p]) if (TEXT[n ?? 0] !== 1) throw Miss.it;
    if (d[p + 1] !== SLASH || d[p + 2] !== 0x76 /* v */ || d[p + 3] !== GT) throw Miss.it;
    this.p = p + 4;
    return p;
  }

  /** The bytes [s, e) as a number if they are 1 to 15 decimal digits (exact in a double), else -1. */
  digits(s: number, e: number): number {
    if (e <= s || e - s > 15) return -1;
    const d = this.d;
    let n = 0;
    for (let i = s; i < e; i++) {
      const c = (d[i] ?? 0) - 0x30;
      if (c < 0 || c > 9) return -1;
      n = n * 10 + c;
    }
    return n;
  }

  /** The bytes [s, e) (ASCII) as a string. */
  ascii(s: number, e: number): string {
    let out = '';
    for (let i = s; i < e; i++) out += String.fromCharCode(this.d[i] ?? 0);
    return out;
  }

  /** The row's `r`: 1 to 7 digits without a leading zero (what the text path accepts), else Miss. */
  rowNumber(): number {
    if (this.d[this.rS] === 0x30 || this.rE - this.rS > 7) throw Miss.it;
    const n = this.digits(this.rS, this.rE);
    if (n < 0) throw Miss.it;
    return n;
  }

  /** The cell's `r` (1 to 3 letters A–Z, then its row's number as written there): its 1-based column, else Miss. */
  cellColumn(row: number): number {
    const d = this.d;
    const e = this.rE;
    let p = this.rS;
    let col = 0;
    for (let c = d[p] ?? 0; c >= 0x41 && c <= 0x5a && p < e; c = d[++p] ?? 0) col = col * 26 + (c - 0x40);
    const letters = p - this.rS;
    if (letters === 0 || letters > 3 || d[p] === 0x30 || e - p > 7 || this.digits(p, e) !== row) throw Miss.it;
    return col;
  }
}

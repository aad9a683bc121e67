import { columnLetter } from './address';
import { Utf8Sink } from './utf8-sink';
import { NS_PKG_REL, NS_REL, XML_HEAD, xmlText } from './xml';

/**
 * Where a hyperlink cell leads inside the file it opens: a cell of a sheet, `sheet` being the sheet's reference
 * with its `!` (quoted where needed: `'台帳 1'!`) and `cell` an A1 reference; written as `sheet + cell`. Why not
 * one string: the writer keeps each sheet reference once and the cell as two numbers (see `SheetLinks`).
 */
export interface LinkPlace {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * A hyperlink cell: its text, the file it opens (`target`: a URI reference, written as given — see link.ts; null:
 * this workbook) and the place in it (`location`).
 */
export interface OutLink {
  readonly text: string;
  readonly target: string | null;
  readonly location: string | LinkPlace | null;
}

/** `B12` as [column 1, row 12]; null for anything else (the cell is then kept as text). */
function parseCell(cell: string): [number, number] | null {
  let c = 0;
  let i = 0;
  for (let ch = cell.charCodeAt(0); ch >= 0x41 && ch <= 0x5a && i < 3; ch = cell.charCodeAt(++i)) c = c * 26 + ch - 0x40;
  if (i === 0 || i === cell.length || cell.charCodeAt(i) === 0x30) return null;
  let r = 0;
  for (; i < cell.length; i++) {
    const d = cell.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    r = r * 10 + d;
  }
  return r > 0 && r <= 1 << 20 ? [c - 1, r] : null;
}

/** Per link: its row and column, its relationship, its place's sheet reference, column and row. */
const STRIDE = 6;
/** No relationship (a link inside the workbook), or no place. */
const NONE = -1;
/** The place is kept as text (`odd`). */
const AS_TEXT = -2;

/**
 * The hyperlinks of a worksheet being written. The cells are written first; their `<hyperlink>` elements
 * follow `<sheetData>`, so each link is noted as it is met — a few numbers, not the link: at 500,000 rows the
 * links held as objects (or their markup) were 38 MB, and making the rows a second time to find them again took
 * a fifth of the summary's CPU (544 → 426 ms at 100 × 500, TESTING.md §7).
 * One relationship per distinct target: every link into the same file shares it (the cell goes in `location`),
 * which keeps a 50,000-link sheet far below Excel's limit of 65,530 targets.
 */
export class SheetLinks {
  private readonly relIds = new Map<string, number>();
  private readonly rels = new Utf8Sink();
  private readonly sheets = new Map<string, number>();
  private readonly sheetRefs: string[] = [];
  private readonly odd = new Map<number, string>();
  /** Made at the first link (a sheet without links has none). */
  private notes = new Int32Array(0);
  /** Links noted. */
  count = 0;

  /** Note the link of the cell at 0-based row `r`, column `c`. */
  add(r: number, c: number, link: OutLink): void {
    let rel = NONE;
    if (link.target !== null) {
      const known = this.relIds.get(link.target);
      if (known === undefined) {
        rel = this.relIds.size + 1;
        this.relIds.set(link.target, rel);
        this.rels.write(`<Relationship Id="rId${rel}" Type="${NS_REL}/hyperlink" Target="${xmlText(link.target)}" TargetMode="External"/>`);
      } else rel = known;
    }
    const k = this.count++;
    if ((k + 1) * STRIDE > this.notes.length) {
      const grown = new Int32Array(Math.max(1024 * STRIDE, this.notes.length * 2));
      grown.set(this.notes);
      this.notes = grown;
    }
    const at = k * STRIDE;
    const n = this.notes;
    n[at] = r;
    n[at + 1] = c;
    n[at + 2] = rel;
    const place = link.location;
    const cell = place !== null && typeof place !== 'string' ? parseCell(place.cell) : null;
    if (place === null || typeof place === 'string' || cell === null) {
      n[at + 3] = place === null ? NONE : AS_TEXT;
      if (place !== null) this.odd.set(k, typeof place === 'string' ? place : place.sheet + place.cell);
      return;
    }
    let sheet = this.sheets.get(place.sheet);
    if (sheet === undefined) {
      sheet = this.sheetRefs.length;
      this.sheets.set(place.sheet, sheet);
      this.sheetRefs.push(place.sheet);
    }
    n[at + 3] = sheet;
    n[at + 4] = cell[0];
    n[at + 5] = cell[1];
  }

  /** Link `k`'s `<hyperlink ref="G12" r:id="rId1" location="'台帳'!B5"/>`, in the order noted. */
  write(out: Utf8Sink, k: number): void {
    const at = k * STRIDE;
    const n = this.notes;
    out.ascii('<hyperlink ref="');
    out.ascii(columnLetter(n[at + 1] ?? 0));
    out.int((n[at] ?? 0) + 1);
    out.ascii('"');
    const rel = n[at + 2] ?? NONE;
    if (rel !== NONE) {
      out.ascii(' r:id="rId');
      out.int(rel);
      out.ascii('"');
    }
    const sheet = n[at + 3] ?? NONE;
    if (sheet !== NONE) {
      out.ascii(' location="');
      if (sheet === AS_TEXT) out.text(this.odd.get(k) ?? '');
      else {
        out.text(this.sheetRefs[sheet] ?? '');
        out.ascii(columnLetter(n[at + 4] ?? 0));
        out.int(n[at + 5] ?? 0);
      }
      out.ascii('"');
    }
    out.ascii('/>');
  }

  /**
   * Add the relationship of a further part (`type` under the relationships namespace: a drawing), after the
   * hyperlinks' ones; returns its id. Added once, after the last link.
   */
  addRel(type: string, target: string): string {
    const id = `rId${this.relIds.size + 1}`;
    this.rels.write(`<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${xmlText(target)}"/>`);
    return id;
  }

  /** The sheet's relationships part, or null without any relationship. */
  relsXml(): Uint8Array | null {
    if (this.rels.length === 0) return null;
    const xml = new Utf8Sink(this.rels.length + 256);
    xml.write(`${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`);
    xml.writeBytes(this.rels.bytes());
    xml.write('</Relationships>');
    return xml.bytes();
  }
}

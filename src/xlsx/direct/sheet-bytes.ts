import type { CellValue } from '../../ledger/types';
import { textLength } from '../limits';
import { EMPTY_ROW } from '../sheet-rows';
import * as address from './address';
import * as cell from './cell';
import type { CellContext } from './cell';
import { ByteTags, Miss } from './byte-tags';
import { NotSure } from './not-sure';

// Module-local copies of imported bindings (see sheet.ts): these run for every cell.
const { MAX_COL, MAX_ROW } = address;
const { cellValue, numberValue } = cell;

/**
 * The commonest worksheet, read from the part's bytes: the `<sheetData>` element of a UTF-8 part whose rows
 * and cells take the usual shapes (`<row r="5" …><c r="B5" s="1" t="s"><v>12</v></c>…</row>`, empty
 * `<c …/>`, with or without `r`), its column letters, style and shared-string indices and integers read as
 * numbers from the bytes, with no string made for them. Anything else — a byte outside printable ASCII, an
 * entity, a formula, an inline string, a comment, a prefix, a namespace declaration, a value the token path
 * would refuse — and it gives up (null): sheet-part.ts then reads the whole part as text, token by token,
 * so what a file gives never depends on what this path covers. It never touches the budget: it counts what
 * the caller is to charge it for (cells, characters, rows), as the token path charges them.
 */

/** A `<sheetData>` read from the bytes: its rows, and where the element starts and ends in the part. */
export interface SheetDataBytes {
  readonly start: number;
  readonly end: number;
  readonly rows: CellValue[][];
  /** What the budget is to be charged for these rows: non-empty cells, their text's characters, rows with values. */
  readonly cells: number;
  readonly chars: number;
  readonly rowCount: number;
}

/** The running counts of one `<sheetData>` (one object per read, so the hot loop updates fields, not a closure). */
class Counts {
  cells = 0;
  chars = 0;
}

const SHEET_DATA = [...'<sheetData>'].map((c) => c.charCodeAt(0));

/** The offset of the first `<sheetData>` in the bytes (-1: none). */
function findSheetData(d: Uint8Array): number {
  for (let i = d.indexOf(0x3c); i >= 0; i = d.indexOf(0x3c, i + 1)) {
    let k = 1;
    while (k < SHEET_DATA.length && d[i + k] === SHEET_DATA[k]) k++;
    if (k === SHEET_DATA.length) return i;
  }
  return -1;
}

/** The `t` attribute's value as the token path's string (undefined: absent); unknown types give up. */
function cellType(b: ByteTags): string | undefined {
  const s = b.tS;
  if (b.tE < 0) return undefined;
  switch (b.tE - s) {
    case 1:
      switch (b.d[s]) {
        case 0x73 /* s */: return 's';
        case 0x6e /* n */: return 'n';
        case 0x62 /* b */: return 'b';
        case 0x65 /* e */: return 'e';
        case 0x64 /* d */: return 'd';
      }
      break;
    case 3:
      if (b.is(s, 'str')) return 'str';
      break;
    case 9:
      if (b.is(s, 'inlineStr')) return 'inlineStr';
      break;
  }
  throw Miss.it;
}

/** One cell's value from its `<v>` bytes [vs, ve): integers, shared strings and booleans directly, the rest as the token path reads them. */
function value(b: ByteTags, t: string | undefined, vs: number, ve: number, date: boolean, ctx: CellContext): CellValue {
  if (t === 's') {
    const i = b.digits(vs, ve);
    const shared = ctx.shared;
    if (i < 0 || shared === null || i >= shared.length) throw Miss.it;
    return shared[i] ?? null;
  }
  if (t === undefined || t === 'n') {
    const neg = b.d[vs] === 0x2d; /* - */
    const n = b.digits(neg ? vs + 1 : vs, ve);
    // `-0` is -0 as parseFloat gives it; anything but plain digits goes the token path's way below.
    if (n >= 0) return numberValue(neg ? -n : n, date, ctx);
  } else if (t === 'b' && ve === vs + 1 && (b.d[vs] === 0x30 || b.d[vs] === 0x31)) return b.d[vs] === 0x31;
  return cellValue({ t, v: b.ascii(vs, ve), formula: 'none', inline: null, date }, ctx);
}

/** The cells of one `<row>` whose open tag was just read (`row` its number), or null when it has none. */
function readCells(b: ByteTags, row: number, styles: readonly boolean[], ctx: CellContext, counts: Counts): CellValue[] | null {
  let cells: CellValue[] | null = null;
  let lastCol = 0;
  for (;;) {
    b.skipSpace();
    if (b.closes('row')) return cells;
    b.open('c');
    const empty = b.attrs();
    let col = lastCol + 1;
    if (b.rE >= 0) col = b.cellColumn(row);
    if (col <= lastCol || col > MAX_COL) throw Miss.it;
    lastCol = col;
    let date = false;
    if (b.sE >= 0 && !(b.sE === b.sS + 1 && b.d[b.sS] === 0x30) /* "0" */) {
      const d = styles[b.digits(b.sS, b.sE)];
      if (d === undefined) throw Miss.it;
      date = d;
    }
    const t = cellType(b);
    if (empty) continue;
    b.skipSpace();
    if (b.closes('c')) continue;
    b.expectOpenV();
    const vs = b.p;
    const ve = b.text();
    b.skipSpace();
    if (!b.closes('c')) throw Miss.it;
    if (ve === vs) continue;
    const v = value(b, t, vs, ve, date, ctx);
    if (v === null || v === '') continue;
    counts.cells++;
    counts.chars += typeof v === 'string' ? v.length : textLength(v);
    cells ??= [];
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = v;
  }
}

/** The `<sheetData>` of a worksheet part's bytes, or null when the token path must read the part. */
export function sheetDataBytes(data: Uint8Array, styles: readonly boolean[], ctx: CellContext): SheetDataBytes | null {
  // UTF-16 (a byte order mark, or `<?` as two-byte units) is the text path's.
  const a = data[0];
  if (a === 0xff || a === 0xfe || a === 0x00 || (a === 0x3c && data[1] === 0x00)) return null;
  const start = findSheetData(data);
  if (start < 0) return null;
  const b = new ByteTags(data, start + SHEET_DATA.length);
  const rows: CellValue[][] = [];
  const counts = new Counts();
  let rowCount = 0;
  try {
    let lastRow = 0;
    for (;;) {
      b.skipSpace();
      if (b.closes('sheetData')) break;
      b.open('row');
      const empty = b.attrs();
      const n = b.rE >= 0 ? b.rowNumber() : lastRow + 1;
      if (n <= lastRow || n > MAX_ROW) throw Miss.it;
      lastRow = n;
      const cells = empty ? null : readCells(b, n, styles, ctx, counts);
      if (cells === null) continue;
      rowCount++;
      while (rows.length < n - 1) rows.push(EMPTY_ROW);
      rows[n - 1] = cells;
    }
  } catch (e) {
    // Miss, or the token path's NotSure from a value read its way: either way the text path decides.
    if (e instanceof Miss || e instanceof NotSure) return null;
    throw e;
  }
  return { start, end: b.p, rows, cells: counts.cells, chars: counts.chars, rowCount };
}

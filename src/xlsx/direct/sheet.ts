import type { CellRange, CellValue } from '../../ledger/types';
import { EMPTY_ROW } from '../sheet-rows';
import { decodeXstring } from '../xstring';
import * as cell from './cell';
import type { CellContext, RawCell } from './cell';
import * as address from './address';
import { dropMerged, readMergeCells } from './merges';
import { FastMiss, notSure } from './not-sure';
import { runText } from './shared-strings';
import { textLength } from '../limits';
import { detachValue } from './detach';
import type { Budget } from '../limits';
import { CLOSE as CLOSE_TOKEN, END as END_TOKEN, OPEN as OPEN_TOKEN, TEXT as TEXT_TOKEN, XmlScanner } from './xml-scan';

// Module-local copies of imported bindings: under tsx (how the CLI runs) each use of an imported binding is a
// getter call, and these run for every cell.
const OPEN = OPEN_TOKEN;
const CLOSE = CLOSE_TOKEN;
const TEXT = TEXT_TOKEN;
const END = END_TOKEN;
const { MAX_COL, MAX_ROW, decode } = address;
const { cellValue } = cell;

/**
 * A worksheet part (`<sheetData>` and `<mergeCells>`; everything else is skipped) as the engine's rows and
 * merges, exactly as read.ts builds them from exceljs: rows from A1, a cell that reads as null or '' left
 * out, rows with no value left out (the shared EMPTY_ROW fills gaps, trailing ones are dropped), the cells
 * of a merge other than its top-left one dropped (exceljs turns them into merge placeholders).
 *
 * A `<row>` without `r` follows the previous row, a `<c>` without `r` the previous cell (ECMA-376 §18.3.1).
 * Rows or cells out of order, duplicates, addresses past XFD1048576 or overlapping merges are not ours.
 */

/** `<is>` just opened: its `<t>` text or its runs (`<rPh>` there is read as text by exceljs: not ours). */
function inlineString(s: XmlScanner): string | string[] | null {
  let text: string | null = null;
  let runs: string[] | null = null;
  for (let t = s.next(); t !== CLOSE; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 't' && text === null && runs === null) text = decodeXstring(s.textContent());
    else if (s.name === 'r' && text === null) (runs ??= []).push(runText(s));
    else if (s.name === 'phoneticPr') s.skip();
    else notSure(`<${s.name}> in <is>`);
  }
  return runs ?? text;
}

/**
 * `<f>` just opened: how exceljs reads the cell. Its cell model keeps only truthy fields, and `toCellValue`
 * takes the cached result only with a formula text or a shared-formula master to point at: a master (`t="shared"`
 * with `ref`) registers its `si` for the rest of the sheet, a follower (no `ref`) finds it or reads as empty.
 */
function formulaKind(s: XmlScanner, masters: Set<string>): RawCell['formula'] {
  const share = s.attr('t');
  const ref = s.attr('ref');
  const si = s.attr('si');
  const text = s.textContent();
  if (text === '' && (share === undefined || share === '')) return 'none';
  if (share === 'shared') {
    if (si === undefined) return notSure('shared formula without si');
    if (ref !== undefined && ref !== '') masters.add(si);
    else if (text === '') return masters.has(si) ? 'cached' : 'empty';
  }
  return text === '' ? 'empty' : 'cached';
}

/** `<c>` just opened (attributes read by the caller): its parts. */
function rawCell(s: XmlScanner, t: string | undefined, date: boolean, masters: Set<string>): RawCell {
  const c: RawCell = { t, v: null, formula: 'none', inline: null, date };
  let sawF = false;
  for (let k = s.next(); k !== CLOSE; k = s.next()) {
    if (k !== OPEN) continue;
    if (s.name === 'v' && c.v === null) {
      const v = s.textContent();
      c.v = v === '' ? null : v;
    } else if (s.name === 'f' && !sawF) {
      sawF = true;
      c.formula = formulaKind(s, masters);
    } else if (s.name === 'is' && c.inline === null) c.inline = inlineString(s);
    else notSure(`<${s.name}> in <c>`);
  }
  return c;
}

/** What a sheet is read with: the cell context, and the budget that caps the cells, their text and the merges. */
export type SheetContext = CellContext & { readonly budget?: Budget };

/** One `<row>` just opened: its non-empty cells by 1-based column, written into `cells`. */
function readRow(s: XmlScanner, rowNumber: number, styles: readonly boolean[], ctx: SheetContext, masters: Set<string>, cells: CellValue[]): void {
  const budget = ctx.budget;
  let lastCol = 0;
  for (let k = s.next(); k !== CLOSE; k = s.next()) {
    if (k !== OPEN) continue;
    if (s.name !== 'c') return notSure(`<${s.name}> in <row>`);
    const r = s.attr('r');
    const style = s.attr('s');
    const t = s.attr('t');
    let col = lastCol + 1;
    if (r !== undefined) {
      const at = decode(r);
      if (at.row !== rowNumber) notSure('cell outside its row');
      col = at.col;
    }
    if (col <= lastCol || col > MAX_COL) notSure('cells out of order');
    lastCol = col;
    let date = false;
    if (style !== undefined && style !== '0') {
      if (!/^\d+$/.test(style)) notSure('style index');
      const d = styles[Number(style)];
      if (d === undefined) notSure('style index');
      date = d;
    }
    // `<v>…</v></c>` (nearly every cell) in one step; anything else token by token.
    const plain = s.childTextThenClose('c', '<v>', '</v></c>');
    const raw: RawCell = plain === null ? rawCell(s, t, date, masters) : { t, v: plain === '' ? null : plain, formula: 'none', inline: null, date };
    const v = cellValue(raw, ctx);
    if (v === null || v === '') continue;
    budget?.cell(textLength(v));
    while (cells.length < col - 1) cells.push(null);
    // A shared string is detached once, where it is parsed (detaching it per cell would copy it per cell).
    cells[col - 1] = t === 's' ? v : detachValue(v);
  }
}

/**
 * `<sheetData>` already read from the part's bytes (sheet-part.ts): its rows, and the offset in `xml` just past
 * the `<sheetData/>` that stands for it there.
 */
export interface ReadSheetData {
  readonly rows: CellValue[][];
  readonly at: number;
  /** What the rows are charged for: their non-empty cells, those cells' characters, the rows holding any. */
  readonly cells: number;
  readonly chars: number;
  readonly rowCount: number;
}

/** The rows a sheet's budget is charged for: at once when they fit, else in the order the token path charges them (cells, then their row). */
function charge(read: ReadSheetData, budget: Budget): void {
  if (budget.bulk(read.cells, read.chars, read.rowCount)) return;
  for (const cells of read.rows) {
    if (cells.length === 0) continue;
    for (const v of cells) if (v !== null) budget.cell(textLength(v));
    budget.row();
  }
}

/**
 * The rows and merges of one worksheet part. With `read`, the `<sheetData/>` ending at `read.at` stands for
 * rows read already; `FastMiss` when the document turns out otherwise than that path assumed (the caller
 * then reads the whole part here, the budget untouched so far).
 */
export function parseSheet(xml: string, styles: readonly boolean[], ctx: SheetContext, read?: ReadSheetData): { rows: CellValue[][]; merges: CellRange[] } {
  const s = new XmlScanner(xml);
  let rows: CellValue[][] = [];
  let merges: CellRange[] = [];
  let t = s.next();
  while (t === TEXT) t = s.next();
  if (t !== OPEN || s.name !== 'worksheet') notSure('worksheet root');
  let sawData = false;
  for (t = s.next(); t !== CLOSE; t = s.next()) {
    if (t === END) notSure('unexpected end');
    if (t !== OPEN) continue;
    if (s.is('sheetData') && !sawData && read !== undefined) {
      // Only the stand-in itself, with room for its rows, cells and values under the depth cap.
      if (s.offset !== read.at || !s.roomFor(3)) throw new FastMiss();
      sawData = true;
      s.skip();
      if (ctx.budget) charge(read, ctx.budget);
      rows = read.rows;
    } else if (s.is('sheetData') && !sawData) {
      sawData = true;
      let lastRow = 0;
      const masters = new Set<string>();
      for (let k = s.next(); k !== CLOSE; k = s.next()) {
        if (k !== OPEN) continue;
        if (!s.is('row')) notSure(`<${s.name}> in <sheetData>`);
        const r = s.attr('r');
        if (r !== undefined && !/^[1-9]\d{0,6}$/.test(r)) notSure('row number');
        const n = r === undefined ? lastRow + 1 : Number(r);
        if (n <= lastRow || n > MAX_ROW) notSure('rows out of order');
        lastRow = n;
        const cells: CellValue[] = [];
        readRow(s, n, styles, ctx, masters, cells);
        if (cells.length === 0) continue;
        ctx.budget?.row();
        while (rows.length < n - 1) rows.push(EMPTY_ROW);
        rows[n - 1] = cells;
      }
    } else if (s.is('mergeCells') && merges.length === 0) {
      // Merges before the rows would be charged before them: the budget must stay untouched until the stand-in.
      if (read !== undefined && !sawData) throw new FastMiss();
      merges = readMergeCells(s, ctx.budget);
    } else if (s.is('sheetData') || s.is('mergeCells')) {
      notSure(`second <${s.name}>`);
    } else s.skip();
  }
  if (!sawData) notSure('no sheetData');
  s.finish();
  // Before any work per merged row: the engine indexes merges by row, so their rows within the values are capped.
  ctx.budget?.mergeRows(merges, rows.length);
  if (merges.length > 0) dropMerged(rows, merges);
  return { rows, merges };
}

import { columnLetter } from './address';
import { EXCEL_MAX_COLUMNS, SheetTooLarge } from './sheet-split';
import type { Utf8Sink } from './utf8-sink';
import { asciiBytes } from './utf8-sink';
import { T_OPEN, T_OPEN_KEEP, keepsSpaces } from './shared-strings-xml';
import type { SharedStrings } from './shared-strings-xml';
import { SheetLinks } from './sheet-links';
import type { OutLink } from './sheet-links';
import { NS_MAIN, NS_REL, XML_HEAD } from './xml';
import { wrappedColumns, wrappedRowHeight } from './row-height';
import type { WrappedColumn } from './row-height';

export type { LinkPlace, OutLink } from './sheet-links';

/** A cell to write: text (always a string cell, never a formula), a number, or a hyperlink. */
export type OutCell = null | string | number | OutLink;

/** Style indexes of the styles part (book-xml.ts). */
export const STYLE = { normal: 0, bold: 1, title: 2, link: 3, wrap: 4 } as const;

/** A4 in OOXML's paperSize codes. */
const PAPER_A4 = 9;

/**
 * Rows made one at a time while the sheet is written. Why: 50,000 asset rows held as arrays live long enough
 * to be copied into the old generation by the garbage collector; made on demand they die young, for free.
 */
export interface RowSource {
  readonly count: number;
  row(index: number): readonly OutCell[];
}

export interface OutSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutCell[])[] | RowSource;
  /** Style per row index (0-based); rows absent use `normal`, link cells use `link`. */
  readonly rowStyles?: ReadonlyMap<number, number>;
  readonly widths?: readonly number[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** A1 range of the header row to put a filter on. */
  readonly autoFilter?: string;
  /** Style per column (0-based) for cells of rows without a row style, e.g. wrapped text. */
  readonly colStyles?: ReadonlyMap<number, number>;
  /** Printed on A4, one page wide, with the 0-based `titleRow` repeated on every page (book-xml names it). */
  readonly print?: { readonly orientation: 'portrait' | 'landscape'; readonly titleRow: number };
  /**
   * Columns (0-based) whose texts repeat (課, 群, codes…): written once into the shared string table and
   * referenced by index. A third of the bytes of the asset list, which the compressor no longer has to eat.
   */
  readonly sharedColumns?: readonly number[];
}

/** The attributes and opening of a hyperlink cell, after its reference. */
const LINK_CELL = ` s="${STYLE.link}" t="inlineStr"><is>`;

function pane(freeze: NonNullable<OutSheet['freeze']>): string {
  if (freeze.rows === 0 && freeze.cols === 0) return '';
  const topLeft = `${columnLetter(freeze.cols)}${freeze.rows + 1}`;
  const active = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const x = freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : '';
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '';
  return `<pane${x}${y} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/** Whether the row writes any cell (a row without one is left out). */
function hasCell(row: readonly OutCell[]): boolean {
  for (const v of row) if (v !== null && v !== undefined && v !== '' && (typeof v !== 'number' || Number.isFinite(v))) return true;
  return false;
}

/** `<c r="B` per column: a cell's opening up to its row number. */
const cellOpens: Uint8Array[] = [];
function cellOpen(c: number): Uint8Array {
  return (cellOpens[c] ??= asciiBytes(`<c r="${columnLetter(c)}`));
}

/**
 * What follows a cell's row number, up to its value, for one style attribute (`''` or ` s="4"`): a number
 * cell's, a shared string's, an inline string's (with its `<t>` opened, plain or space-preserving). Made once
 * per style as bytes: the writer then puts a cell out in a few copies of ready-made markup.
 */
interface Tails {
  readonly number: Uint8Array;
  readonly shared: Uint8Array;
  readonly inline: Uint8Array;
  readonly inlineKeep: Uint8Array;
}
const tailsByStyle = new Map<string, Tails>();
function tailsFor(styleAttr: string): Tails {
  let tails = tailsByStyle.get(styleAttr);
  if (tails === undefined) {
    tails = {
      number: asciiBytes(`"${styleAttr}><v>`),
      shared: asciiBytes(`"${styleAttr} t="s"><v>`),
      inline: asciiBytes(`"${styleAttr} t="inlineStr"><is>${T_OPEN}`),
      inlineKeep: asciiBytes(`"${styleAttr} t="inlineStr"><is>${T_OPEN_KEEP}`),
    };
    tailsByStyle.set(styleAttr, tails);
  }
  return tails;
}
const LINK_TAIL = asciiBytes(`"${LINK_CELL}${T_OPEN}`);
const LINK_TAIL_KEEP = asciiBytes(`"${LINK_CELL}${T_OPEN_KEEP}`);
const V_END = asciiBytes('</v></c>');
const IS_END = asciiBytes('</t></is></c>');

/**
 * The worksheet part, written into `out` (UTF-8, possibly streamed on to a compressor), and its
 * relationships part (external hyperlink targets, and `drawing`: the sheet's drawing part, relative to the
 * sheet part) as bytes. Texts of the sheet's `sharedColumns` go into `sst` (without one, every text is inline).
 */
export async function sheetXml(sheet: OutSheet, out: Utf8Sink, drawing?: string, sst?: SharedStrings): Promise<{ rels: Uint8Array | null }> {
  out.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  // fitToPage makes pageSetup's fitToWidth/fitToHeight count (one page wide, as many pages down as needed).
  if (sheet.print) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<sheetViews><sheetView workbookViewId="0">${sheet.freeze ? pane(sheet.freeze) : ''}</sheetView></sheetViews>`);
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths && sheet.widths.length > 0) {
    out.write(`<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  }
  out.write('<sheetData>');
  const links = new SheetLinks();
  const source = sheet.rows;
  const count = isRowSource(source) ? source.count : source.length;
  const shared: boolean[] = [];
  if (sst) for (const c of sheet.sharedColumns ?? []) shared[c] = true;
  // A column's style, made once per sheet (not per cell).
  const colTails: (Tails | undefined)[] = [];
  const wrapCols: number[] = [];
  for (const [c, style] of sheet.colStyles ?? []) {
    if (style) colTails[c] = tailsFor(` s="${style}"`);
    if (style === STYLE.wrap) wrapCols.push(c);
  }
  // A row whose text in a wrapped column takes several lines is given its height (row-height.ts).
  const wrapped = wrappedColumns(wrapCols, sheet.widths);
  const rowAt = (r: number) => (isRowSource(source) ? source.row(r) : source[r]) ?? [];
  // After each megabyte handed to the compressor, one turn of the event loop lets its finished pieces come back
  // (see src/cli/deflate.ts). Only then: an await per row would cost a microtask each.
  let handedOn = out.handedOn;
  for (let r = 0; r < count; r++) {
    if (out.handedOn !== handedOn) {
      handedOn = out.handedOn;
      await nextTurn();
    }
    const row = rowAt(r);
    if (!hasCell(row)) continue;
    if (row.length > EXCEL_MAX_COLUMNS) throw new SheetTooLarge(sheet.name, count, row.length);
    const n = r + 1;
    const rowStyle = sheet.rowStyles?.get(r);
    const rowTails = tailsFor(rowStyle ? ` s="${rowStyle}"` : '');
    const useColStyles = !rowStyle && colTails.length > 0;
    // The row number's digits, once per row (every cell's reference repeats them).
    const digits = String(n);
    out.ascii('<row r="');
    out.ascii(digits);
    if (useColStyles && wrapped.length > 0) writeHeight(out, row, wrapped);
    out.ascii('">');
    // Written byte by byte (Utf8Sink's ascii/int/text): no string is built per cell.
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      const tails = (useColStyles ? colTails[c] : undefined) ?? rowTails;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        out.raw(cellOpen(c));
        out.ascii(digits);
        out.raw(tails.number);
        if (Number.isInteger(v) && v >= 0) out.int(v);
        else out.ascii(String(v));
        out.raw(V_END);
        continue;
      }
      out.raw(cellOpen(c));
      out.ascii(digits);
      if (typeof v === 'string' && sst && shared[c] === true) {
        out.raw(tails.shared);
        out.int(sst.id(v));
        out.raw(V_END);
        continue;
      }
      if (typeof v === 'string') {
        out.raw(keepsSpaces(v) ? tails.inlineKeep : tails.inline);
        out.text(v);
        out.raw(IS_END);
        continue;
      }
      out.raw(keepsSpaces(v.text) ? LINK_TAIL_KEEP : LINK_TAIL);
      out.text(v.text);
      out.raw(IS_END);
      links.add(r, c, v);
    }
    out.ascii('</row>');
  }
  out.write('</sheetData>');
  if (sheet.autoFilter) out.write(`<autoFilter ref="${sheet.autoFilter}"/>`);
  if (links.count > 0) {
    out.ascii('<hyperlinks>');
    for (let k = 0; k < links.count; k++) {
      if (out.handedOn !== handedOn) {
        handedOn = out.handedOn;
        await nextTurn();
      }
      links.write(out, k);
    }
    out.ascii('</hyperlinks>');
  }
  out.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) out.write(`<pageSetup paperSize="${PAPER_A4}" orientation="${sheet.print.orientation}" fitToWidth="1" fitToHeight="0"/>`);
  if (drawing !== undefined) {
    // After pageMargins (CT_Worksheet's order); its id follows the hyperlinks' ids.
    const id = links.addRel('drawing', drawing);
    out.write(`<drawing r:id="${id}"/>`);
  }
  out.write('</worksheet>');
  return { rels: links.relsXml() };
}

/** ` ht="…` after a row's number when its wrapped texts take several lines (row-height.ts). */
function writeHeight(out: Utf8Sink, row: readonly OutCell[], wrapped: readonly WrappedColumn[]): void {
  const height = wrappedRowHeight(row, wrapped);
  if (height !== null) {
    out.ascii('" ht="');
    out.ascii(String(height));
  }
}

/** One turn of the event loop (a macrotask: callbacks of work done on other threads run meanwhile). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

function isRowSource(rows: OutSheet['rows']): rows is RowSource {
  return !Array.isArray(rows);
}

import { columnLetter } from './address';
import { EXCEL_MAX_COLUMNS, SheetTooLarge } from './sheet-split';
import { Utf8Sink } from './utf8-sink';
import { NS_MAIN, NS_REL, NS_PKG_REL, XML_HEAD, xmlText } from './xml';

/**
 * A cell to write: text (always a string cell, never a formula), a number, or a hyperlink (`target`: a URI
 * reference, written as given — see link.ts; `location`: a place in this workbook).
 */
export type OutCell = null | string | number | { readonly text: string; readonly target: string | null; readonly location: string | null };

/** Style indexes of styles-xml.ts. */
export const STYLE = { normal: 0, bold: 1, title: 2, link: 3 } as const;

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
}

const letters: string[] = [];
function col(i: number): string {
  return (letters[i] ??= columnLetter(i));
}

function pane(freeze: NonNullable<OutSheet['freeze']>): string {
  if (freeze.rows === 0 && freeze.cols === 0) return '';
  const topLeft = `${col(freeze.cols)}${freeze.rows + 1}`;
  const active = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const x = freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : '';
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '';
  return `<pane${x}${y} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/** Whether a UTF-16 code is whitespace for JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}

/** A `<t>` element; `xml:space="preserve"` only where leading or trailing spaces would otherwise be lost. */
function t(text: string): string {
  // Two char codes instead of a regex: this runs for every text cell of the summary.
  const edge = text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));
  return edge ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;
}

/**
 * The worksheet part, written into `out` (UTF-8, possibly streamed on to a compressor), and its
 * relationships part (external hyperlink targets, and `drawing`: the sheet's drawing part, relative to the
 * sheet part) as bytes.
 */
export function sheetXml(sheet: OutSheet, out: Utf8Sink, drawing?: string): { rels: Uint8Array | null } {
  out.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  out.write(`<sheetViews><sheetView workbookViewId="0">${sheet.freeze ? pane(sheet.freeze) : ''}</sheetView></sheetViews>`);
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths && sheet.widths.length > 0) {
    out.write(`<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  }
  out.write('<sheetData>');
  const links = new Utf8Sink();
  const rels = new Utf8Sink();
  // One relationship per distinct target: every link into the same source file shares it (the cell goes in
  // `location`), which keeps a 50,000-link sheet small and far below Excel's limit of 65,530 targets.
  const relIds = new Map<string, string>();
  const source = sheet.rows;
  const count = isRowSource(source) ? source.count : source.length;
  for (let r = 0; r < count; r++) {
    const row = (isRowSource(source) ? source.row(r) : source[r]) ?? [];
    if (row.length > EXCEL_MAX_COLUMNS) throw new SheetTooLarge(sheet.name, count, row.length);
    const n = r + 1;
    const rowStyle = sheet.rowStyles?.get(r);
    const rowStyleAttr = rowStyle ? ` s="${rowStyle}"` : '';
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      const ref = col(c) + n;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) cells += `<c r="${ref}"${rowStyleAttr}><v>${v}</v></c>`;
        continue;
      }
      if (typeof v === 'string') {
        cells += `<c r="${ref}"${rowStyleAttr} t="inlineStr"><is>${t(v)}</is></c>`;
        continue;
      }
      cells += `<c r="${ref}" s="${STYLE.link}" t="inlineStr"><is>${t(v.text)}</is></c>`;
      const location = v.location !== null ? ` location="${xmlText(v.location)}"` : '';
      if (v.target !== null) {
        let id = relIds.get(v.target);
        if (id === undefined) {
          id = `rId${relIds.size + 1}`;
          relIds.set(v.target, id);
          rels.write(`<Relationship Id="${id}" Type="${NS_REL}/hyperlink" Target="${xmlText(v.target)}" TargetMode="External"/>`);
        }
        links.write(`<hyperlink ref="${ref}" r:id="${id}"${location}/>`);
      } else {
        links.write(`<hyperlink ref="${ref}"${location}/>`);
      }
    }
    if (cells !== '') out.write(`<row r="${n}">${cells}</row>`);
  }
  out.write('</sheetData>');
  if (sheet.autoFilter) out.write(`<autoFilter ref="${sheet.autoFilter}"/>`);
  if (links.length > 0) {
    out.write('<hyperlinks>');
    out.writeBytes(links.bytes()); // already UTF-8: no decode and re-encode
    out.write('</hyperlinks>');
  }
  out.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (drawing !== undefined) {
    // After pageMargins (CT_Worksheet's order); its id follows the hyperlinks' ids.
    const id = `rId${relIds.size + 1}`;
    rels.write(`<Relationship Id="${id}" Type="${NS_REL}/drawing" Target="${xmlText(drawing)}"/>`);
    out.write(`<drawing r:id="${id}"/>`);
  }
  out.write('</worksheet>');
  if (rels.length === 0) return { rels: null };
  const relsXml = new Utf8Sink(rels.length + 256);
  relsXml.write(`${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`);
  relsXml.writeBytes(rels.bytes());
  relsXml.write('</Relationships>');
  return { rels: relsXml.bytes() };
}

function isRowSource(rows: OutSheet['rows']): rows is RowSource {
  return !Array.isArray(rows);
}

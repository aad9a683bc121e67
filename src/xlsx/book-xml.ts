import type { OutChart } from './chart-xml';
import { chartXml } from './chart-xml';
import { drawingXml } from './drawing-xml';
import type { OutSheet } from './sheet-xml';
import { SharedStrings } from './shared-strings-xml';
import { sheetXml } from './sheet-xml';
import { NS_MAIN, NS_PKG_REL, NS_REL, XML_HEAD, xmlText } from './xml';
import { quoteSheet } from './address';
import { checkRows } from './sheet-split';
import { Utf8Sink } from './utf8-sink';
import { nativeDeflate } from './zip';
import type { Deflate } from './zip';
import { ZipWriter, memoryZipOut } from './zip-writer';
import type { ZipOut } from './zip-writer';

const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/**
 * Fonts: normal, bold, bold 14pt (title), hyperlink; one cell format per font, and wrapped text (see STYLE). Plain
 * and link cells sit at the top, as wrapped ones do: a row several lines high reads from its top line. The Normal
 * style (cellStyleXfs 0) says so too: LibreOffice gives a cell without `s` that style, not cellXfs 0.
 */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="4"><font><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><b/><sz val="14"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="top"/></xf></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A sheet to write, with the charts drawn on it (none: no drawing part). */
export interface BookSheet extends OutSheet {
  readonly charts?: readonly OutChart[];
}

/** Where a sheet's drawing and charts go: drawings are numbered per sheet that has one, charts across the book. */
interface DrawingPlan {
  readonly drawing: number;
  readonly charts: readonly { readonly n: number; readonly chart: OutChart }[];
}

function planDrawings(sheets: readonly BookSheet[]): (DrawingPlan | null)[] {
  let drawing = 0;
  let chart = 0;
  return sheets.map((s) => {
    const charts = s.charts ?? [];
    if (charts.length === 0) return null;
    drawing++;
    return { drawing, charts: charts.map((c) => ({ n: ++chart, chart: c })) };
  });
}

/**
 * An .xlsx workbook from plain rows, written directly as XML and zipped: an order of magnitude faster than
 * exceljs for large sheets. Text always becomes an inline string cell (never a formula).
 */
export async function buildXlsx(sheets: readonly BookSheet[], deflate?: Deflate | null): Promise<Uint8Array> {
  const out = memoryZipOut();
  await writeXlsx(sheets, out, deflate);
  return out.bytes();
}

/**
 * `buildXlsx` into `out` as it is made: each compressed piece of a sheet is written as soon as it is ready (the
 * CLI streams the summary into its file), so the archive never exists whole in memory.
 */
export async function writeXlsx(sheets: readonly BookSheet[], out: ZipOut, deflate?: Deflate | null): Promise<void> {
  sheets.forEach(checkRows); // Excel opens no sheet past its last row: refuse before writing (lists are split first)
  const enc = new TextEncoder();
  // The entries go out in the order they are added: the package parts, then each sheet as it is written.
  const compress = deflate === undefined ? nativeDeflate() : deflate;
  const writer = new ZipWriter(out, compress);
  const add = (name: string, text: string) => writer.add(name, enc.encode(text));
  const plans = planDrawings(sheets);
  const sst = sheets.some((s) => (s.sharedColumns?.length ?? 0) > 0) ? new SharedStrings() : null;
  let overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('');
  for (const p of plans) {
    if (!p) continue;
    overrides += `<Override PartName="/xl/drawings/drawing${p.drawing}.xml" ContentType="${CT_DRAWING}"/>`;
    overrides += p.charts.map((c) => `<Override PartName="/xl/charts/chart${c.n}.xml" ContentType="${CT_CHART}"/>`).join('');
  }
  if (sst) overrides += `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`;
  add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`,
  );
  add('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetList = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Defined names sorted as Excel writes them (by name, then sheet): the filters, then the print titles.
  const filters =
    sheets
      .map((s, i) => (s.autoFilter ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(quoteSheet(s.name))}!${absolute(s.autoFilter)}</definedName>` : ''))
      .join('') +
    sheets
      .map((s, i) => (s.print ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quoteSheet(s.name))}!$${s.print.titleRow + 1}:$${s.print.titleRow + 1}</definedName>` : ''))
      .join('');
  add(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`,
  );
  const bookRels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  bookRels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`);
  if (sst) bookRels.push(`<Relationship Id="rId${sheets.length + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  add('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${bookRels.join('')}</Relationships>`);
  add('xl/styles.xml', STYLES);
  for (const [i, s] of sheets.entries()) {
    const plan = plans[i];
    const drawing = plan ? `../drawings/drawing${plan.drawing}.xml` : undefined;
    // Each megabyte is compressed as soon as it is built: the compressor works while the rest is written.
    const entry = writer.open(`xl/worksheets/sheet${i + 1}.xml`);
    const sink = new Utf8Sink(1 << 20, (chunk, release) => entry.write(chunk, release));
    const { rels } = await sheetXml(s, sink, drawing, sst ?? undefined);
    sink.end();
    entry.end();
    if (rels) writer.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, rels);
    if (plan) {
      const charts = plan.charts.map((c) => c.chart);
      const { xml, rels } = drawingXml(charts, plan.charts.map((c) => `../charts/chart${c.n}.xml`));
      add(`xl/drawings/drawing${plan.drawing}.xml`, xml);
      add(`xl/drawings/_rels/drawing${plan.drawing}.xml.rels`, rels);
      for (const c of plan.charts) add(`xl/charts/chart${c.n}.xml`, chartXml(s.name, c.chart));
    }
  }
  if (sst) {
    // After the sheets, which filled it.
    const sink = new Utf8Sink(1 << 20);
    sst.write(sink);
    writer.add('xl/sharedStrings.xml', sink.bytes());
  }
  await writer.finish();
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

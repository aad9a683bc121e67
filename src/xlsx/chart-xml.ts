/**
 * A column chart as a DrawingML chart part (c:chartSpace). The series point at cells of the sheet that
 * carries the chart, by formula, and also hold those cells' values (c:strCache, c:numCache): viewers that do
 * not recalculate (LibreOffice on load, previewers, exceljs round trips) still draw the bars.
 */
import { columnLetter, quoteSheet } from './address';
import { NS_REL, XML_HEAD, xmlText } from './xml';

export const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const NS_DRAWING_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** A cell, 0-based. */
export interface CellPos {
  readonly col: number;
  readonly row: number;
}

/** One series: its name and values, and the cells they come from (values: one column, consecutive rows). */
export interface ChartSeries {
  readonly name: string;
  readonly nameAt: CellPos;
  readonly values: readonly number[];
  /** The first value's cell; the others follow down the same column. */
  readonly valuesAt: CellPos;
}

/** A column chart of a block of the sheet that carries it. */
export interface OutChart {
  readonly title: string;
  readonly grouping: 'clustered' | 'stacked';
  /** Where the chart sits: from the top-left corner of `from` to the top-left corner of `to` (0-based cells). */
  readonly anchor: { readonly from: CellPos; readonly to: CellPos };
  /** Category labels (one per value of every series), and the cell of the first one; the others follow down. */
  readonly categories: readonly string[];
  readonly categoriesAt: CellPos;
  readonly series: readonly ChartSeries[];
}

/** `'Sheet'!$B$5:$B$9` for `count` cells down from `at` (a single cell when count is 1). */
export function columnRef(sheet: string, at: CellPos, count: number): string {
  const c = `$${columnLetter(at.col)}$`;
  const first = `${c}${at.row + 1}`;
  return `${quoteSheet(sheet)}!${count <= 1 ? first : `${first}:${c}${at.row + count}`}`;
}

function strRef(formula: string, texts: readonly string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${xmlText(t)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlText(formula)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: readonly number[]): string {
  // A non-finite value has no cell text either (sheet-xml skips it): leave its point out of the cache.
  const pts = values.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${xmlText(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

/**
 * Office's default series colours, written out. Why: without explicit fills a chart's colours come from the
 * workbook theme, which this writer does not write, and LibreOffice then draws the bars without any fill.
 */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const fill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
const line = (rgb: string) => `<c:spPr><a:ln w="9525">${fill(rgb)}</a:ln></c:spPr>`;

function series(sheet: string, chart: OutChart, s: ChartSeries, i: number): string {
  const n = chart.categories.length;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx>${strRef(columnRef(sheet, s.nameAt, 1), [s.name])}</c:tx>` +
    `<c:spPr>${fill(PALETTE[i % PALETTE.length] ?? '4472C4')}</c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat>${strRef(columnRef(sheet, chart.categoriesAt, n), chart.categories)}</c:cat>` +
    `<c:val>${numRef(columnRef(sheet, s.valuesAt, n), s.values.slice(0, n))}</c:val>` +
    '</c:ser>'
  );
}

/** The axis ids tie the bar chart to its two axes; any two distinct numbers do. */
const CAT_AX = 500000001;
const VAL_AX = 500000002;

/**
 * The chart part of `chart`, placed on the sheet named `sheet` (its formulas refer to that sheet). Expects at
 * least one category: an empty range has no A1 reference (the caller leaves such a chart out).
 */
export function chartXml(sheet: string, chart: OutChart): string {
  const stacked = chart.grouping === 'stacked';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr sz="1400" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const bars =
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    chart.series.map((s, i) => series(sheet, chart, s, i)).join('') +
    `<c:gapWidth val="150"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${line('BFBFBF')}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines>${line('D9D9D9')}</c:majorGridlines>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${line('BFBFBF')}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING_MAIN}" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bars}${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    `</c:chart><c:spPr>${fill('FFFFFF')}<a:ln w="9525">${fill('D9D9D9')}</a:ln></c:spPr></c:chartSpace>`
  );
}

import ExcelJS from 'exceljs';
import type { CheckResult, Consolidation } from '../../src/ledger';
import { buildXlsx } from '../../src/xlsx/book-xml';
import { readXlsx } from '../../src/xlsx/read';
import { writeSummary } from '../../src/xlsx/summary';
import { zipPart } from './zip-part';

const CATEGORIES = ['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2'];

function consolidation(rows: Consolidation['rows']): Consolidation {
  const counts = CATEGORIES.map((_, k) => rows.reduce((n, r) => n + (r.counts[k] ?? 0), 0));
  return {
    policy: { id: 'hanamaki', version: '1' },
    generatedAt: '2025-06-01T00:00:00.000Z',
    categories: CATEGORIES,
    rows,
    totals: { counts, unclassified: 0, total: rows.reduce((n, r) => n + r.total, 0), errors: 0, warnings: 0 },
    assets: [],
  };
}

const noIssues = { policy: { id: 'hanamaki', version: '1' }, ledgers: [], issues: [], counts: { error: 0, warning: 0, info: 0 } } as CheckResult;

/** Two 課, the second without a name (written as 「（課不明）」 in the table and on the axis). */
const twoDepartments = consolidation([
  { department: '企画課', counts: [1, 0, 2, 0], unclassified: 0, total: 3, errors: 1, warnings: 0 },
  { department: '', counts: [0, 4, 0, 5], unclassified: 0, total: 9, errors: 0, warnings: 2 },
]);

const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

function partNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const names: string[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const len = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + len)));
    at += 46 + len + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/** Each series of a chart part: its formulas and cached values, as written. */
function seriesOf(chartXml: string) {
  return [...chartXml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1] ?? '';
    const part = (tag: string) => new RegExp(`<c:${tag}>(.*?)</c:${tag}>`).exec(ser)?.[1] ?? '';
    const f = (xml: string) => /<c:f>(.*?)<\/c:f>/.exec(xml)?.[1];
    const points = (xml: string) => [...xml.matchAll(/<c:pt idx="(\d+)"><c:v>(.*?)<\/c:v><\/c:pt>/g)].map((p) => p[2]);
    const count = (xml: string) => /<c:ptCount val="(\d+)"\/>/.exec(xml)?.[1];
    return {
      name: f(part('tx')),
      nameCache: points(part('tx')),
      categories: f(part('cat')),
      categoryCache: points(part('cat')),
      values: f(part('val')),
      valueCount: count(part('val')),
      valueCache: points(part('val')).map(Number),
    };
  });
}

describe('the chart of the matrix on 集計', () => {
  test('the drawing and chart parts exist, and content types and relationships link them up', async () => {
    const bytes = await writeSummary(twoDepartments, noIssues, 'ja');
    expect(partNames(bytes)).toEqual(expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml']));
    const types = zipPart(bytes, '[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT_DRAWING}"/>`);
    expect(types).toContain(`<Override PartName="/xl/charts/chart1.xml" ContentType="${CT_CHART}"/>`);
    // The worksheet's <drawing> comes last, after pageMargins and pageSetup (CT_Worksheet's order), and names the sheet's relationship.
    expect(zipPart(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<pageMargins [^>]*\/><pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(zipPart(bytes, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
    );
    expect(zipPart(bytes, 'xl/drawings/_rels/drawing1.xml.rels')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>',
    );
    const drawing = zipPart(bytes, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/>');
    // Below the table (header row 5, two 課, 合計 in row 8), one row apart, within the table's width: one page wide.
    expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>');
    expect(drawing).toContain('<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>28</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>');
    // The other sheets carry no drawing.
    expect(zipPart(bytes, 'xl/worksheets/sheet2.xml')).not.toContain('<drawing');
    expect(types.match(/drawing\+xml/g)).toHaveLength(1);
  });

  test('one series per 群－レベル: formulas on 集計 (quoted, absolute), caches equal to the matrix, without 合計, 未分類 and 計', async () => {
    const chart = zipPart(await writeSummary(twoDepartments, noIssues, 'ja'), 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(seriesOf(chart)).toEqual([
      { name: "'集計'!$B$5", nameCache: ['A群－レベル1'], categories: "'集計'!$A$6:$A$7", categoryCache: ['企画課', '（課不明）'], values: "'集計'!$B$6:$B$7", valueCount: '2', valueCache: [1, 0] },
      { name: "'集計'!$C$5", nameCache: ['A群－レベル2'], categories: "'集計'!$A$6:$A$7", categoryCache: ['企画課', '（課不明）'], values: "'集計'!$C$6:$C$7", valueCount: '2', valueCache: [0, 4] },
      { name: "'集計'!$D$5", nameCache: ['B群－レベル1'], categories: "'集計'!$A$6:$A$7", categoryCache: ['企画課', '（課不明）'], values: "'集計'!$D$6:$D$7", valueCount: '2', valueCache: [2, 0] },
      { name: "'集計'!$E$5", nameCache: ['B群－レベル2'], categories: "'集計'!$A$6:$A$7", categoryCache: ['企画課', '（課不明）'], values: "'集計'!$E$6:$E$7", valueCount: '2', valueCache: [0, 5] },
    ]);
  });

  test('the formulas point at the cells that hold the cached values', async () => {
    const bytes = await writeSummary(twoDepartments, noIssues, 'ja');
    const [matrix] = (await readXlsx(bytes, null)).sheets;
    const cell = (ref: string) => {
      const m = /^\$([A-Z])\$(\d+)$/.exec(ref);
      if (!m) throw new Error(ref);
      return matrix?.rows[Number(m[2]) - 1]?.[(m[1] ?? 'A').charCodeAt(0) - 65];
    };
    const range = (f: string | undefined) => {
      const [from = '', to = from] = (f ?? '').replace("'集計'!", '').split(':');
      const col = from.slice(0, 3);
      const rows = Array.from({ length: Number(to.slice(3)) - Number(from.slice(3)) + 1 }, (_, i) => `${col}${Number(from.slice(3)) + i}`);
      return rows.map(cell);
    };
    for (const s of seriesOf(zipPart(bytes, 'xl/charts/chart1.xml'))) {
      expect(range(s.name)).toEqual(s.nameCache);
      expect(range(s.categories)).toEqual(s.categoryCache);
      expect(range(s.values)).toEqual(s.valueCache);
    }
  });

  test('the title comes from the labels of the locale', async () => {
    expect(zipPart(await writeSummary(twoDepartments, noIssues, 'ja'), 'xl/charts/chart1.xml')).toContain('<a:t>課別・群－レベル別の資産数</a:t>');
    expect(zipPart(await writeSummary(twoDepartments, noIssues, 'en'), 'xl/charts/chart1.xml')).toContain('<a:t>Assets by department and group/level</a:t>');
  });

  test('no 課: no chart at all (an empty range has no reference), and the file is still valid', async () => {
    const bytes = await writeSummary(consolidation([]), noIssues, 'ja');
    expect(partNames(bytes).filter((n) => /drawing|chart/.test(n))).toEqual([]);
    expect(zipPart(bytes, '[Content_Types].xml')).not.toMatch(/drawing|chart/);
    expect(zipPart(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('集計')?.getRow(6).values).toEqual([undefined, '合計', 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test('100 課: every one is a category, and the chart stays within the table’s width (one page wide)', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ department: `課${i + 1}`, counts: [i, 1, 0, 2], unclassified: 0, total: i + 3, errors: 0, warnings: 0 }));
    const bytes = await writeSummary(consolidation(rows), noIssues, 'ja');
    const [first, , , last] = seriesOf(zipPart(bytes, 'xl/charts/chart1.xml'));
    expect(first?.categories).toBe("'集計'!$A$6:$A$105");
    expect(first?.categoryCache).toHaveLength(100);
    expect(first?.categoryCache[99]).toBe('課100');
    expect(first?.valueCache.slice(97)).toEqual([97, 98, 99]);
    expect(last?.values).toBe("'集計'!$E$6:$E$105");
    expect(zipPart(bytes, 'xl/drawings/drawing1.xml')).toContain('<xdr:to><xdr:col>7</xdr:col>');
  });

  test('exceljs still loads the summary with its chart, values intact', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeSummary(twoDepartments, noIssues, 'ja')) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項']);
    expect(wb.getWorksheet('集計')?.getRow(7).values).toEqual([undefined, '（課不明）', 0, 4, 0, 5, 0, 9, 0, 2]);
  });
});

describe('buildXlsx with charts on any sheet', () => {
  const chart = (title: string) =>
    ({
      title,
      grouping: 'stacked',
      anchor: { from: { col: 4, row: 0 }, to: { col: 12, row: 15 } },
      categories: ['一課', '二課'],
      categoriesAt: { col: 0, row: 1 },
      series: [{ name: 'A', nameAt: { col: 1, row: 0 }, values: [1, 3], valuesAt: { col: 1, row: 1 } }],
    }) as const;
  const book = () =>
    buildXlsx([
      { name: 'plain', rows: [['x']] },
      { name: "課 'x' 表", rows: [['課', 'A'], ['一課', 1], ['二課', 3]], charts: [chart('first'), chart('second')] },
      { name: 'links', rows: [[{ text: 'f', target: 'f.xlsx', location: null }], ['課', 'A']], charts: [chart('third')] },
    ]);

  test('sheet names are quoted with quotes doubled; stacked columns overlap fully', async () => {
    const xml = zipPart(await book(), 'xl/charts/chart1.xml');
    expect(seriesOf(xml).map((s) => [s.name, s.categories, s.values])).toEqual([["'課 ''x'' 表'!$B$1", "'課 ''x'' 表'!$A$2:$A$3", "'課 ''x'' 表'!$B$2:$B$3"]]);
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
  });

  test('drawings are numbered per sheet, charts across the book; a drawing id follows the hyperlink ids', async () => {
    const bytes = await book();
    expect(partNames(bytes).filter((n) => /drawing|chart/.test(n))).toEqual([
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/drawing2.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/charts/chart3.xml',
    ]);
    expect(zipPart(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing');
    expect(zipPart(bytes, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(zipPart(bytes, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"');
    expect(zipPart(bytes, 'xl/worksheets/sheet3.xml')).toContain('<drawing r:id="rId2"/>');
    expect(zipPart(bytes, 'xl/worksheets/_rels/sheet3.xml.rels')).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"');
    expect(zipPart(bytes, 'xl/charts/chart3.xml')).toContain("'links'!$A$2:$A$3");
    const types = zipPart(bytes, '[Content_Types].xml');
    for (const part of ['/xl/drawings/drawing1.xml', '/xl/drawings/drawing2.xml']) expect(types).toContain(`PartName="${part}" ContentType="${CT_DRAWING}"`);
    for (const part of ['/xl/charts/chart1.xml', '/xl/charts/chart2.xml', '/xl/charts/chart3.xml']) expect(types).toContain(`PartName="${part}" ContentType="${CT_CHART}"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('links')?.getCell('A1').value).toMatchObject({ text: 'f' });
  });
});

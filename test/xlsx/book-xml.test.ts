import { linkFromPath } from '../../src/xlsx/link';
import ExcelJS from 'exceljs';
import { buildXlsx } from '../../src/xlsx/book-xml';
import { readXlsx } from '../../src/xlsx/read';
import { STYLE } from '../../src/xlsx/sheet-xml';
import { crc32 } from '../../src/xlsx/zip';
import { zipPart } from './zip-part';

const sheets = () => [
  {
    name: "集計 'x' 表",
    rows: [['見出し'], ['=SUM(A1:A9)', '+81-3', '-1', '@user', 12, null, 'a\u0001b_x0041_ & <c>'], [], ['最後', ' 前後に空白 ']],
    rowStyles: new Map([[0, STYLE.title]]),
    widths: [20, 10],
    freeze: { rows: 1, cols: 1 },
    autoFilter: 'A1:G2',
  },
  {
    name: '資産一覧',
    rows: [
      ['出典'],
      [{ text: '総務課.xlsx 台帳_総務課!B7', target: linkFromPath('../in/総務 課.xlsx', 'posix'), location: "'台帳_総務課'!B7" }],
      [{ text: '内部', target: null, location: "'集計 ''x'' 表'!A1" }],
    ],
  },
];

describe('buildXlsx (the fast writer behind the summary)', () => {
  test('crc32 of a known string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('exceljs reads back every value; formula-looking text stays text', async () => {
    const bytes = await buildXlsx(sheets());
    const book = await readXlsx(bytes, null);
    expect(book.sheets.map((s) => s.name)).toEqual(["集計 'x' 表", '資産一覧']);
    // G2's control character and literal `_x0041_` come back as written (OOXML's _xHHHH_ escapes, both ways).
    expect(book.sheets[0]?.rows).toEqual([['見出し'], ['=SUM(A1:A9)', '+81-3', '-1', '@user', 12, null, 'a\u0001b_x0041_ & <c>'], [], ['最後', ' 前後に空白 ']]);
    expect(book.sheets[1]?.rows).toEqual([['出典'], ['総務課.xlsx 台帳_総務課!B7'], ['内部']]);
  });

  test('no formula element anywhere: text is written as inline strings', async () => {
    const xml = zipPart(await buildXlsx(sheets()), 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
    expect(xml).toContain(`<c r="A2" t="inlineStr"><is><t>=SUM(A1:A9)</t></is></c>`);
    expect(xml).toContain(`<c r="D2" t="inlineStr"><is><t>@user</t></is></c>`);
  });

  test('control characters and literal _xHHHH_ are escaped the OOXML way', async () => {
    const xml = zipPart(await buildXlsx(sheets()), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain("<t>a_x0001_b_x005F_x0041_ &amp; &lt;c&gt;</t>");
    expect(xml).toContain('<t xml:space="preserve"> 前後に空白 </t>');
  });

  test('hyperlinks: external file plus the cell as location, or a location inside the workbook', async () => {
    const bytes = await buildXlsx(sheets());
    const xml = zipPart(bytes, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain(`<hyperlink ref="A2" r:id="rId1" location="'台帳_総務課'!B7"/>`);
    expect(xml).toContain(`<hyperlink ref="A3" location="'集計 ''x'' 表'!A1"/>`);
    expect(zipPart(bytes, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../in/総務%20課.xlsx" TargetMode="External"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('資産一覧')?.getCell('A2').value).toMatchObject({ text: '総務課.xlsx 台帳_総務課!B7' });
  });

  test('frozen panes, widths, styles and the filter are in the sheet', async () => {
    const bytes = await buildXlsx(sheets());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws?.getColumn(1).width).toBe(20);
    expect(ws?.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(zipPart(bytes, 'xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'集計 ''x'' 表'!$A$1:$G$2</definedName>`);
  });

  test('two runs give the same bytes', async () => {
    expect(Buffer.from(await buildXlsx(sheets())).equals(Buffer.from(await buildXlsx(sheets())))).toBe(true);
  });

  test('without compression the archive is still a valid workbook', async () => {
    const book = await readXlsx(await buildXlsx(sheets(), null), null);
    expect(book.sheets[1]?.rows[0]).toEqual(['出典']);
  });

  test('sharedColumns: those texts go once into the shared string table, and read back as the same text', async () => {
    const rows = [
      ['課', '名', '群'],
      ['総務課', '会議録', 'A群'],
      ['総務課', '=1+1', ' B群 '],
      ['財政課', '_x0041_ & <x>', 'A群'],
      ['財政課', 12, null],
    ];
    const bytes = await buildXlsx([{ name: '一覧', rows, sharedColumns: [0, 2] }]);
    const sheet = zipPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A2" t="s"><v>2</v></c>');
    expect(sheet).toContain('<c r="B3" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(zipPart(bytes, 'xl/sharedStrings.xml')).toContain(
      'count="9" uniqueCount="6"><si><t>課</t></si><si><t>群</t></si><si><t>総務課</t></si><si><t>A群</t></si><si><t xml:space="preserve"> B群 </t></si><si><t>財政課</t></si></sst>',
    );
    expect(zipPart(bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/sharedStrings.xml"');
    expect(zipPart(bytes, 'xl/_rels/workbook.xml.rels')).toContain('Target="sharedStrings.xml"');
    expect((await readXlsx(bytes, null)).sheets[0]?.rows).toEqual(rows.map((r) => (r[2] === null ? r.slice(0, 2) : r)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]?.getCell('C3').value).toBe(' B群 ');
    expect(wb.worksheets[0]?.getCell('A5').value).toBe('財政課');
  });
});

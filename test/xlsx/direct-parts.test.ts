/**
 * The direct reader on hand-written parts (ECMA-376 SpreadsheetML as Excel and LibreOffice write it): each
 * case lists the values expected, and — where exceljs reads the same construct — checks that the exceljs
 * path gives the same.
 */
import { nodeInflate } from '../../src/cli/deflate';
import type { CellValue, WorkbookInput } from '../../src/ledger/types';
import { readDirect, readDirectWhy } from '../../src/xlsx/direct';
import { readViaExcelJs, readXlsx } from '../../src/xlsx/read';
import { encodeTag } from '../../src/xlsx/tag';
import { inlineBook, sheetData } from './direct-book';
import type { InlineBook } from './direct-book';

/** The book read directly (it must be read), also compared with exceljs unless `exceljsDiffers`. */
async function read(book: InlineBook, exceljsDiffers = false): Promise<WorkbookInput> {
  const bytes = await inlineBook(book);
  const direct = await readDirectWhy(bytes, 'b.xlsx', nodeInflate);
  if (typeof direct === 'string') throw new Error(`direct reader gave up: ${direct}`);
  if (!exceljsDiffers) expect(direct).toEqual(await readViaExcelJs(bytes, 'b.xlsx', { inflate: nodeInflate }));
  return direct;
}

async function rowsOf(book: InlineBook, exceljsDiffers = false): Promise<readonly (readonly CellValue[])[]> {
  return (await read(book, exceljsDiffers)).sheets[0]?.rows ?? [];
}

const one = (cells: string, extra: Omit<InlineBook, 'sheets'> = {}): InlineBook => ({ sheets: [{ name: 'S', body: sheetData([cells]) }], ...extra });

/** Styles: 1 = built-in date 14 (m/d/yyyy), 2 = custom "yyyy/m/d", 3 = custom "0.00", 4 = built-in 0.00 (2). */
const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs>';

describe('direct reader: texts', () => {
  test('a shared string with phonetic runs (rPh, phoneticPr) reads as its text only', async () => {
    const shared = [
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
      '<si><r><t>山</t></r><r><rPr><b/></rPr><t>田</t></r><rPh sb="0" eb="1"><t>ヤマ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
    ];
    expect(await rowsOf(one('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>', { shared }))).toEqual([['東京', { kind: 'rich', runs: ['山', '田'] }]]);
  });

  test('rich runs, a run without <t>, an empty string (left out)', async () => {
    const shared = ['<si><r><t xml:space="preserve">a </t></r><r><rPr><i/></rPr><t>b</t></r></si>', '<si><r><rPr/></r><r><t>x</t></r></si>', '<si><t/></si>'];
    const cells = '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1"><v>4</v></c>';
    expect(await rowsOf(one(cells, { shared }))).toEqual([[{ kind: 'rich', runs: ['a ', 'b'] }, { kind: 'rich', runs: ['', 'x'] }, null, 4]]);
  });

  test('entities and character references', async () => {
    const shared = ['<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600;</t></si>'];
    expect(await rowsOf(one('<c r="A1" t="s"><v>0</v></c>', { shared }))).toEqual([['a & b <c> "d" \'e\' AB😀']]);
  });

  test('line ends: CRLF and CR in text read as LF (as any XML parser reads them), &#13; stays CR', async () => {
    const shared = ['<si><t>a\r\nb\rc&#13;d</t></si>'];
    expect(await rowsOf(one('<c r="A1" t="s"><v>0</v></c>', { shared }))).toEqual([['a\nb\nc\rd']]);
  });

  test('_xHHHH_ escapes in shared, inline, run and str texts', async () => {
    const shared = ['<si><t>a_x0001_b</t></si>', '<si><r><t>_x005F_x0041_</t></r></si>'];
    const cells =
      '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>c_x001f_</t></is></c>' +
      '<c r="D1" t="str"><f>CHAR(2)</f><v>_x0002_</v></c><c r="E1" t="str"><v>e_x0003_</v></c>';
    expect(await rowsOf(one(cells, { shared }))).toEqual([['a\u0001b', { kind: 'rich', runs: ['_x0041_'] }, 'c\u001f', '\u0002', 'e\u0003']]);
  });

  test('inline strings: plain, rich', async () => {
    const cells = '<c r="A1" t="inlineStr"><is><t>インライン</t></is></c><c r="B1" t="inlineStr"><is><r><t>x</t></r><r><rPr><b/></rPr><t>y</t></r></is></c>';
    expect(await rowsOf(one(cells))).toEqual([['インライン', { kind: 'rich', runs: ['x', 'y'] }]]);
  });
});

describe('direct reader: values', () => {
  test('booleans and errors', async () => {
    const cells = '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="e"><v>#DIV/0!</v></c>';
    expect(await rowsOf(one(cells))).toEqual([[true, false, { kind: 'error', code: '#N/A' }, { kind: 'error', code: '#DIV/0!' }]]);
  });

  test('formulas give their cached value; none (or a cached 0, as exceljs reads it) is empty; str, bool and error results', async () => {
    const cells =
      '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>A1</f></c><c r="C1"><f>A1*0</f><v>0</v></c>' +
      '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1" t="b"><f>TRUE()</f><v>1</v></c>' +
      '<c r="F1" t="e"><f>NA()</f><v>#N/A</v></c><c r="G1"><f t="shared" ref="G1:G2" si="0">A1</f><v>3</v></c>';
    expect(await rowsOf(one(cells))).toEqual([[2, null, null, 'ab', true, { kind: 'error', code: '#N/A' }, 3]]);
  });

  test('shared formulas: a follower reads its cached value only after its master (in this sheet); text-less formulas read empty', async () => {
    const cells =
      '<c r="A1"><f t="shared" si="1"/><v>9</v></c><c r="B1"><f t="shared" ref="B1:C1" si="1">A1+1</f><v>2</v></c>' +
      '<c r="C1"><f t="shared" si="1"/><v>3</v></c><c r="D1"><f t="array" ref="D1"/><v>4</v></c><c r="E1"><f></f><v>5</v></c>';
    expect(await rowsOf(one(cells))).toEqual([[null, 2, 3, null, 5]]);
  });

  test('date styles: built-in 14 and custom "yyyy/m/d" are dates (1900 serials), "0.00" and built-in 2 are numbers', async () => {
    const cells = '<c r="A1" s="1"><v>45748</v></c><c r="B1" s="2"><v>45748.5</v></c><c r="C1" s="3"><v>1.5</v></c><c r="D1" s="4"><v>2.25</v></c><c r="E1" s="1"><f>TODAY()</f><v>45749</v></c>';
    expect(await rowsOf(one(cells, { styles: STYLES }))).toEqual([
      [{ kind: 'date', serial: 45748 }, { kind: 'date', serial: 45748.5 }, 1.5, 2.25, { kind: 'date', serial: 45749 }],
    ]);
  });

  test('a 1904 date-system book: dates come out as 1900-system serials', async () => {
    const cells = '<c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>44286</v></c><c r="C1"><v>44286</v></c>';
    expect(await rowsOf(one(cells, { styles: STYLES, workbookPr: 'date1904="1"' }))).toEqual([[{ kind: 'date', serial: 1462 }, { kind: 'date', serial: 45748 }, 44286]]);
  });
});

describe('direct reader: structure', () => {
  test('cells and rows without r follow the previous ones', async () => {
    const body = '<sheetData><row r="1"><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row><row r="4"><c r="B4"><v>8</v></c></row></sheetData>';
    // exceljs rejects such a sheet (the file reads as corrupt); the direct reader follows ECMA-376 (§18.3.1.4).
    expect(await rowsOf({ sheets: [{ name: 'S', body }] }, true)).toEqual([[1, 2, null, null, 5, 6], [7], [], [null, 8]]);
  });

  test('merges: listed 0-based, cells other than the top-left one dropped', async () => {
    const body = sheetData(['<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>', '<c r="A2"><v>4</v></c><c r="B2"><v>5</v></c>'], '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    const sheet = (await read({ sheets: [{ name: 'S', body }] })).sheets[0];
    expect(sheet?.rows).toEqual([[1, null, 3]]);
    expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  test('a row far down (1,048,576): gaps share one empty row', async () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="B1048576"><v>2</v></c></row></sheetData>';
    const rows = await rowsOf({ sheets: [{ name: 'S', body }] });
    expect(rows.length).toBe(1_048_576);
    expect(rows[1_048_575]).toEqual([null, 2]);
    expect(rows[1]).toBe(rows[1_048_574]);
    expect(rows[1]).toEqual([]);
  });

  test('a cell at XFD (the last column)', async () => {
    const rows = await rowsOf(one('<c r="XFD1"><v>7</v></c>'));
    expect(rows[0]?.length).toBe(16_384);
    expect(rows[0]?.[16_383]).toBe(7);
  });

  test('trailing rows without a value are dropped; sheets in workbook order with their tags', async () => {
    const tagged = `<c r="A1"><v>1</v></c><c r="AZ1" t="inlineStr"><is><t>${encodeTag({ policyId: 'p', templateVersion: '1', department: '総務課' }).replace(/"/g, '&quot;')}</t></is></c>`;
    const book = await read({
      sheets: [
        { name: 'B', body: sheetData(['<c r="A1"><v>2</v></c>', '<c r="A2" t="inlineStr"><is><t></t></is></c>', '']) },
        { name: '台帳', body: sheetData([tagged]), state: 'hidden' },
      ],
      definedNames: `<definedName name="LedgerTag_1">'台帳'!$AZ$1</definedName>`,
    });
    expect(book.sheets.map((s) => [s.name, s.rows, s.tag])).toEqual([
      ['B', [[2]], null],
      ['台帳', [[1]], { policyId: 'p', templateVersion: '1', department: '総務課' }],
    ]);
  });
});

describe('direct reader gives up (null) on what it is not sure of', () => {
  const cases: [string, InlineBook][] = [
    ['a t="d" cell that is not a calendar date', one('<c r="A1" t="d"><v>2025-02-30</v></c>')],
    ['a t="d" cell with a time-zone offset', one('<c r="A1" t="d"><v>2025-01-01T09:00:00+09:00</v></c>')],
    ['an unknown cell type', one('<c r="A1" t="x"><v>1</v></c>')],
    ['an address past XFD', one('<c r="XFE1"><v>1</v></c>')],
    ['cells out of order', one('<c r="B1"><v>1</v></c><c r="A1"><v>2</v></c>')],
    ['a shared string index out of range', one('<c r="A1" t="s"><v>3</v></c>', { shared: ['<si><t>a</t></si>'] })],
    ['a DOCTYPE', { sheets: [{ name: 'S', body: '<sheetData/>' }], shared: ['<!DOCTYPE x><si><t>a</t></si>'] }],
    ['a CDATA section (exceljs drops its text)', one('<c r="A1" t="inlineStr"><is><t><![CDATA[<a&b>]]></t></is></c>')],
    ['an unknown entity', one('<c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c>')],
    ['duplicate sheet names (case-insensitive)', { sheets: [{ name: 'S', body: '<sheetData/>' }, { name: 's', body: '<sheetData/>' }] }],
    ['overlapping merges', { sheets: [{ name: 'S', body: sheetData([''], '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>') }] }],
  ];
  test.each(cases)('%s', async (_name, book) => expect(await readDirect(await inlineBook(book), 'b.xlsx', nodeInflate)).toBeNull());

  // Malformed XML that exceljs' parser rejects (FILE_UNREADABLE, corrupt): the direct reader must not read it either.
  const malformed: [string, InlineBook][] = [
    ['a character reference XML does not allow (&#1;)', one('<c r="A1" t="inlineStr"><is><t>a&#1;b</t></is></c>')],
    ['a raw control character', one('<c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c>')],
    ['U+FFFE', one('<c r="A1" t="inlineStr"><is><t>a\ufffeb</t></is></c>')],
    [']]> in text', one('<c r="A1" t="inlineStr"><is><t>a]]>b</t></is></c>')],
    ['text after the root element', { sheets: [{ name: 'S', body: '<sheetData/></worksheet>x<worksheet>' }] }],
    ['an XML declaration inside a part', one('<?xml version="1.0"?><c r="A1"><v>1</v></c>')],
    ['-- inside a comment', one('<!-- a -- b --><c r="A1"><v>1</v></c>')],
    ['a tag name starting with a digit', one('<c r="A1"><v>1</v></c><1x/>')],
  ];
  // exceljs drops defined names whose reference is not absolute, so for it such a sheet has no tag.
  test.each([["'S'!AZ1"], ["='S'!$AZ$1"]])('a LedgerTag_ name with the reference %s', async (reference) => {
    const tag = encodeTag({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    const book = one(`<c r="AZ1" t="inlineStr"><is><t>${tag.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</t></is></c>`, {
      definedNames: `<definedName name="LedgerTag_1">${reference}</definedName>`,
    });
    const bytes = await inlineBook(book);
    expect(await readDirect(bytes, 'b.xlsx', nodeInflate)).toBeNull();
    expect((await readXlsx(bytes, 'b.xlsx', { inflate: nodeInflate })).sheets[0]?.tag).toBeNull();
  });
  test.each(malformed)('malformed: %s (and readXlsx rejects it, as exceljs does)', async (_name, book) => {
    const bytes = await inlineBook(book);
    expect(await readDirect(bytes, 'b.xlsx', nodeInflate)).toBeNull();
    await expect(readXlsx(bytes, 'b.xlsx', { inflate: nodeInflate })).rejects.toMatchObject({ reason: 'corrupt' });
  });

  test('an encrypted entry (flag bit 0 in the central directory): refused, by both readers', async () => {
    const bytes = (await inlineBook(one('<c r="A1"><v>1</v></c>'))).slice();
    const view = new DataView(bytes.buffer);
    const eocd = bytes.length - 22;
    const central = view.getUint32(eocd + 16, true);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    await expect(readDirect(bytes, 'b.xlsx', nodeInflate)).rejects.toMatchObject({ name: 'ZipDamaged' });
    await expect(readXlsx(bytes, 'b.xlsx', { inflate: nodeInflate })).rejects.toMatchObject({ reason: 'corrupt' });
  });

  test('parts declaring another encoding than UTF-8', async () => {
    const bytes = await inlineBook({ ...one('<c r="A1"><v>1</v></c>'), declaration: '<?xml version="1.0" encoding="Shift_JIS"?>' });
    expect(await readDirectWhy(bytes, 'b.xlsx', nodeInflate)).toBe('encoding shift_jis');
  });

  test('readXlsx falls back to exceljs when the direct reader gives up (an unknown cell type)', async () => {
    const bytes = await inlineBook(one('<c r="A1" t="x"><v>3</v></c><c r="B1"><v>2</v></c>'));
    expect(await readDirect(bytes, 'b.xlsx', nodeInflate)).toBeNull();
    expect(await readXlsx(bytes, 'b.xlsx', { inflate: nodeInflate })).toEqual(await readViaExcelJs(bytes, 'b.xlsx', { inflate: nodeInflate }));
  });

  test('a missing worksheet part', async () => {
    const bytes = await inlineBook(one('<c r="A1"><v>1</v></c>'));
    // Rename the part in both headers (same length), so the workbook points at a part that is not there.
    const text = new TextDecoder('latin1').decode(bytes).replace(/xl\/worksheets\/sheet1\.xml/g, 'xl/worksheets/sheet9.xml');
    const renamed = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(await readDirectWhy(renamed, 'b.xlsx', nodeInflate)).toBe('missing xl/worksheets/sheet1.xml');
  });
});

/**
 * What Excel opens that exceljs does not (issue 9): the direct reader reads it, from inline packages
 * (package-parts.ts) — namespace prefixes resolved by URI, parts found through the relationships, UTF-16
 * parts, cells exceljs rejects or misreads — and the packages Excel refuses stay refused even where exceljs
 * would read them (the oracle is Excel). The corpus test runs the same over real producers' files.
 */
import { nodeInflate } from '../../src/cli/deflate';
import type { CellValue, WorkbookInput } from '../../src/ledger/types';
import { readDirectWhy } from '../../src/xlsx/direct';
import { readViaExcelJs, readXlsx } from '../../src/xlsx/read';
import { CT, PKG, PLAIN_ROWS, REL, SML, packageOf, plainParts, renamed, utf16 } from './package-parts';
import type { Parts } from './package-parts';

async function direct(parts: Parts): Promise<WorkbookInput> {
  const out = await readDirectWhy(await packageOf(parts), 'b.xlsx', nodeInflate);
  if (typeof out === 'string') throw new Error(`direct reader gave up: ${out}`);
  return out;
}
const rows = async (parts: Parts): Promise<readonly (readonly CellValue[])[]> => (await direct(parts)).sheets[0]?.rows ?? [];
const exceljsReads = async (parts: Parts): Promise<boolean> =>
  readViaExcelJs(await packageOf(parts), 'b.xlsx', { inflate: nodeInflate }).then(
    () => true,
    () => false,
  );

test('the plain package reads as PLAIN_ROWS, with either reader', async () => {
  expect(await rows(plainParts())).toEqual(PLAIN_ROWS);
  expect((await readViaExcelJs(await packageOf(plainParts()), 'b.xlsx')).sheets[0]?.rows).toEqual(PLAIN_ROWS);
});

describe('namespaces are resolved by URI, never by prefix', () => {
  /** Every part of plainParts written the Open XML SDK / ClosedXML way: `x:` for SpreadsheetML, prefixes for the package's own. */
  const prefixed = (): Parts => ({
    '[Content_Types].xml': `<ct:Types xmlns:ct="${CT}"><ct:Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><ct:Default Extension="xml" ContentType="application/xml"/></ct:Types>`,
    '_rels/.rels': `<pr:Relationships xmlns:pr="${PKG}"><pr:Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></pr:Relationships>`,
    'xl/workbook.xml': `<x:workbook xmlns:r="${REL}" xmlns:x="${SML}"><x:sheets><x:sheet name="S" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<ns3:Relationships xmlns:ns3="${PKG}"><ns3:Relationship Id="R2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"></ns3:Relationship>` +
      `<ns3:Relationship Id="R3" Type="${REL}/styles" Target="/xl/styles.xml"/><ns3:Relationship Id="R4" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></ns3:Relationships>`,
    'xl/styles.xml': `<x:styleSheet xmlns:x="${SML}"><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
    'xl/sharedStrings.xml': `<x:sst xmlns:x="${SML}"><x:si><x:t>台帳</x:t></x:si></x:sst>`,
    'xl/worksheets/sheet1.xml':
      `<x:worksheet xmlns:x="${SML}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>1</x:v></x:c>` +
      `<x:c r="C1" s="1"><x:v>45748</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>インライン</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  });

  test('a prefix on every part (workbook, sheet, shared strings, styles, both relationships parts, content types)', async () => {
    expect(await rows(prefixed())).toEqual(PLAIN_ROWS);
    expect(await exceljsReads(prefixed())).toBe(false);
  });

  test('a non-standard prefix on a sheet relationship id (relationships:id, as Excel 16 wrote calamine issue221.xlsm)', async () => {
    const parts = plainParts();
    parts['xl/workbook.xml'] = `<workbook xmlns="${SML}"><sheets><sheet name="S" sheetId="1" xmlns:relationships="${REL}" relationships:id="rId1"/></sheets></workbook>`;
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });

  test('ISO/IEC 29500 strict namespaces and relationship types', async () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const types = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const parts: Parts = {};
    for (const [name, xml] of Object.entries(plainParts())) parts[name] = (xml as string).split(SML).join(strict).split(`${REL}/`).join(`${types}/`).split(`"${REL}"`).join(`"${types}"`);
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });

  test('the familiar prefix bound to another namespace is not SpreadsheetML: not read as cells', async () => {
    const parts = plainParts();
    parts['xl/worksheets/sheet1.xml'] = `<x:worksheet xmlns:x="${SML}" xmlns:o="urn:other"><x:sheetData><x:row r="1"><o:c r="A1"><o:v>1</o:v></o:c></x:row></x:sheetData></x:worksheet>`;
    expect(await readDirectWhy(await packageOf(parts), 'b.xlsx', nodeInflate)).toBe('<{urn:other}c> in <row>');
  });

  test('a declaration holds for its element only; an unbound prefix is malformed', async () => {
    const scoped = plainParts();
    scoped['xl/worksheets/sheet1.xml'] = `<worksheet xmlns="${SML}"><sheetData><row r="1" xmlns:y="${SML}"><y:c r="A1"><y:v>7</y:v></y:c></row><y:row r="2"/></sheetData></worksheet>`;
    expect(await readDirectWhy(await packageOf(scoped), 'b.xlsx', nodeInflate)).toBe('unbound prefix y');
    scoped['xl/worksheets/sheet1.xml'] = `<worksheet xmlns="${SML}"><sheetData><row r="1" xmlns:y="${SML}"><y:c r="A1"><y:v>7</y:v></y:c></row></sheetData></worksheet>`;
    expect(await rows(scoped)).toEqual([[7]]);
  });
});

describe('the workbook and its parts are found through the relationships, never by file name', () => {
  test('a workbook part elsewhere, by an absolute target (SheetJS wtf_path.xlsx, PhpSpreadsheet rootZipFiles.xlsx)', async () => {
    let parts = renamed(plainParts(), 'xl/workbook.xml', 'book/main.xml');
    parts = renamed(parts, 'xl/_rels/workbook.xml.rels', 'book/_rels/main.xml.rels');
    parts['_rels/.rels'] = `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`;
    parts['book/_rels/main.xml.rels'] =
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="../xl/worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="/xl/styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="./../xl/sharedStrings.xml"/></Relationships>`;
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
    expect(await exceljsReads(parts)).toBe(false);
  });

  test.each([
    ['worksheets/sheet.xml', 'a Numbers export'],
    ['worksheets/sheetBob.xml', 'LibreOffice Calc'],
    ['worksheets/Sheet1.xml', 'Excel 12'],
    ['data/first%20sheet.xml', 'a percent-encoded target'],
  ])('a worksheet part named %s (%s)', async (target) => {
    const parts = renamed(plainParts(), 'xl/worksheets/sheet1.xml', `xl/${decodeURIComponent(target)}`);
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('worksheets/sheet1.xml', target);
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });

  test('part names compared as OPC compares them: ASCII case-insensitively', async () => {
    const parts = plainParts();
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace('xl/workbook.xml', 'XL/Workbook.XML');
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('worksheets/sheet1.xml', 'Worksheets/SHEET1.xml');
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });

  test('shared strings and styles through their relationships: a sharedStrings.xml nobody points at is not read', async () => {
    const parts = renamed(plainParts(), 'xl/sharedStrings.xml', 'xl/strings/table.xml');
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('"sharedStrings.xml"', '"strings/table.xml"');
    parts['xl/sharedStrings.xml'] = `<sst xmlns="${SML}"><si><t>not this one</t></si></sst>`;
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });

  test('a chart sheet has no cells and is left out; the worksheets around it are read', async () => {
    const parts = plainParts();
    parts['xl/workbook.xml'] = `<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets><sheet name="Chart" sheetId="2" r:id="rId9"/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`);
    expect((await direct(parts)).sheets.map((s) => s.name)).toEqual(['S']);
  });
});

describe('a package Excel refuses is refused, also where exceljs would read it', () => {
  const refusedBoth = async (parts: Parts, detail: string, exceljs: boolean) => {
    await expect(readXlsx(await packageOf(parts), 'b.xlsx', { inflate: nodeInflate })).rejects.toMatchObject({ reason: 'corrupt', message: expect.stringContaining(detail) });
    expect(await exceljsReads(parts)).toBe(exceljs);
  };
  test("_rels/.rels that is no relationships part (POI's xlsx-corrupted.xlsx)", async () => {
    await refusedBoth({ ...plainParts(), '_rels/.rels': 'PK\u0003\u0004 not xml' }, 'package relationships (_rels/.rels) unreadable', true);
  });
  test('no _rels/.rels', async () => {
    const parts = plainParts();
    delete parts['_rels/.rels'];
    await refusedBoth(parts, 'no package relationships', true);
  });
  test('no officeDocument relationship', async () => {
    await refusedBoth({ ...plainParts(), '_rels/.rels': `<Relationships xmlns="${PKG}"/>` }, 'no officeDocument relationship', true);
  });
  test('the officeDocument relationship points at no part', async () => {
    const parts = { ...plainParts(), '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/book.xml"/></Relationships>` };
    await refusedBoth(parts, 'the main part xl/book.xml is missing', true);
  });
});

describe('parts in UTF-16', () => {
  test.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('UTF-16%s, byte order mark: %s (every part)', async (endian, bom) => {
    const parts: Parts = {};
    for (const [name, xml] of Object.entries(plainParts())) parts[name] = utf16((xml as string).replace('encoding="UTF-8"', 'encoding="UTF-16"'), endian, bom);
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });
  test('a UTF-16 part declaring UTF-8 is not ours', async () => {
    const parts = plainParts();
    parts['xl/workbook.xml'] = utf16(parts['xl/workbook.xml'] as string, 'le', true);
    expect(await readDirectWhy(await packageOf(parts), 'b.xlsx', nodeInflate)).toBe('encoding utf-8 in a UTF-16 part');
  });
  test('UTF-8 with a byte order mark', async () => {
    const parts = plainParts();
    parts['xl/worksheets/sheet1.xml'] = `\ufeff${parts['xl/worksheets/sheet1.xml'] as string}`;
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });
});

describe('cells and sheets exceljs rejects or misreads', () => {
  const sheet = (cells: string, extra = '', workbookPr = ''): Parts => {
    const parts = plainParts();
    parts['xl/worksheets/sheet1.xml'] = `<worksheet xmlns="${SML}"><sheetData><row r="1">${cells}</row></sheetData>${extra}</worksheet>`;
    if (workbookPr) parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace('<sheets>', `<workbookPr ${workbookPr}/><sheets>`);
    return parts;
  };

  test("an inline string with a <v> beside it reads as its <is> text (calamine's inlineStr_with_value.xlsx)", async () => {
    const parts = sheet('<c r="A1" t="inlineStr"><v>1.0</v><is><r><t>1.</t></r></is></c><c r="B1" t="inlineStr"><is><t>x</t></is><v>9</v></c>');
    expect(await rows(parts)).toEqual([[{ kind: 'rich', runs: ['1.'] }, 'x']]);
    expect(await exceljsReads(parts)).toBe(false);
  });

  test('t="d" cells (ISO 8601) are dates: a day, a time of day, a fraction of a second, the days before 1900-03-01', async () => {
    const cells = ['2025-04-01', '2025-04-01T12:00:00', '2025-04-01T06:00:00.500Z', '1900-02-28', '1900-01-01', '1900-03-01'].map((v, i) => `<c r="${'ABCDEF'[i]}1" t="d"><v>${v}</v></c>`);
    expect(await rows(sheet(cells.join('')))).toEqual([[45748, 45748.5, 45748 + 0.25 + 0.5 / 86400, 59, 1, 61].map((serial) => ({ kind: 'date', serial }))]);
  });

  test('a formula whose cached result is an inline string (LibreOffice writes these)', async () => {
    expect(await rows(sheet('<c r="A1" t="inlineStr"><f>B1</f><is><t>結果</t></is></c><c r="B1" t="inlineStr"><f>C1</f><is><t></t></is></c>'))).toEqual([['結果']]);
  });

  test('a str value is decoded once, as XML says (exceljs decodes it twice: &amp;lt; would become <)', async () => {
    expect(await rows(sheet('<c r="A1" t="str"><f>A2</f><v>a &amp;lt; b &amp; c</v></c>'))).toEqual([['a &lt; b & c']]);
  });

  test('date1904="true" is the 1904 date system (xsd:boolean; exceljs only reads "1")', async () => {
    expect(await rows(sheet('<c r="A1" s="1"><v>0</v></c>', '', 'date1904="true"'))).toEqual([[{ kind: 'date', serial: 1462 }]]);
  });

  test.each([
    ['whole columns', 'A:A', 'C2:D2', { top: 0, left: 0, bottom: 1_048_575, right: 0 }, [[1, 2]]],
    ['whole rows', '1:2', 'C5:D5', { top: 0, left: 0, bottom: 1, right: 16_383 }, [[1]]],
  ])('a merge over %s (PhpSpreadsheet issue.2501.b.xlsx, written by Excel)', async (_name, ref, other, range, expected) => {
    const merges = `<mergeCells count="2"><mergeCell ref="${ref}"/><mergeCell ref="${other}"/></mergeCells>`;
    const read = await direct(sheet('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>', merges));
    expect(read.sheets[0]?.merges?.[0]).toEqual(range);
    expect(read.sheets[0]?.rows).toEqual(expected);
  });

  test('the Office 2007 beta schema (its namespace, sstItem for si: POI sample-beta.xlsx)', async () => {
    const beta = 'http://schemas.microsoft.com/office/excel/2006/2';
    const parts: Parts = {};
    for (const [name, xml] of Object.entries(plainParts())) parts[name] = (xml as string).split(SML).join(beta);
    parts['xl/sharedStrings.xml'] = `<sst xmlns="${beta}"><sstItem><t>台帳</t></sstItem></sst>`;
    expect(await rows(parts)).toEqual(PLAIN_ROWS);
  });

  test('markup compatibility in cellXfs (Hancom Office): the mc:Fallback <xf> counts, the mc:Choice one does not', async () => {
    const mc = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const parts = sheet('<c r="A1" s="1"><v>45748</v></c><c r="B1" s="2"><v>45748</v></c>');
    parts['xl/styles.xml'] =
      `<x:styleSheet xmlns:x="${SML}"><x:cellXfs count="3"><x:xf numFmtId="0"/>` +
      `<mc:AlternateContent xmlns:mc="${mc}"><mc:Choice xmlns:hs="urn:hancom" Requires="hs"><x:xf numFmtId="0" hs:x="1"/></mc:Choice><mc:Fallback><x:xf numFmtId="0"/></mc:Fallback></mc:AlternateContent>` +
      `<x:xf numFmtId="14" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`;
    expect(await rows(parts)).toEqual([[45748, { kind: 'date', serial: 45748 }]]);
  });
});

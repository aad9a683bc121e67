import { NotSure } from '../../src/xlsx/direct/not-sure';
import { parseSharedStrings } from '../../src/xlsx/direct/shared-strings';
import { parseSheet } from '../../src/xlsx/direct/sheet';

/**
 * The direct reader reads a cell written `<v>…</v></c>` in one step (xml-scan.ts `childTextThenClose`, and
 * `textContent`'s fast path). Every other spelling goes token by token; both must give the same rows, and the
 * same refusals.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (data: string, root = `<worksheet xmlns="${MAIN}">`, end = '</worksheet>') => `${root}<sheetData>${data}</sheetData>${end}`;
const ctx = { shared: ['共有'], date1904: false };
const rows = (xml: string) => parseSheet(xml, [false, true], ctx).rows;

describe('direct reader: a cell read in one step or token by token gives the same value', () => {
  test.each([
    ['one step', '<row r="1"><c r="A1"><v>12</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>a&amp;b</v></c></row>'],
    ['space in the close tags', '<row r="1"><c r="A1"><v>12</v ></c ><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>a&amp;b</v></c></row>'],
    ['a comment after <v>', '<row r="1"><c r="A1"><v>12</v><!-- x --></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>a&amp;b</v></c></row>'],
    ['whitespace between the tags', '<row r="1"><c r="A1">\n <v>12</v>\n</c><c r="B1" t="s"> <v>0</v> </c><c r="C1" t="str"><v>a&amp;b</v></c></row>'],
    ['text split by a comment', '<row r="1"><c r="A1"><v>1<!-- x -->2</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>a&amp;b</v></c></row>'],
  ])('%s', (_label, data) => {
    expect(rows(sheet(data))).toEqual([[12, '共有', 'a&b']]);
  });

  test('an empty <v> reads as an empty cell either way', () => {
    expect(rows(sheet('<row r="1"><c r="A1"><v></v></c><c r="B1"><v>3</v></c></row>'))).toEqual([[null, 3]]);
    expect(rows(sheet('<row r="1"><c r="A1"><v/></c><c r="B1"><v>3</v></c></row>'))).toEqual([[null, 3]]);
  });

  test('a date style and a line end in the text are applied in one step as token by token', () => {
    expect(rows(sheet('<row r="1"><c r="A1" s="1"><v>45748</v></c><c r="B1" t="str"><v>a\r\nb</v></c></row>'))).toEqual([
      [{ kind: 'date', serial: 45748 }, 'a\nb'],
    ]);
  });

  test('prefixed SpreadsheetML elements are resolved by namespace (token by token)', () => {
    const xml = sheet('<x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row>', `<x:worksheet xmlns:x="${MAIN}">`, '</x:worksheet>').replace(/<sheetData>|<\/sheetData>/g, (t) => t.replace('sheetData', 'x:sheetData'));
    expect(rows(xml)).toEqual([[7]]);
  });

  test('a <c> under a foreign default namespace is not a cell, whatever its spelling', () => {
    const xml = sheet('<row r="1"><c xmlns="urn:other" r="A1"><v>7</v></c></row>');
    expect(() => rows(xml)).toThrow(NotSure);
  });

  test('a cell that closes the wrong element is refused, in one step as token by token', () => {
    expect(() => rows(sheet('<row r="1"><c r="A1"><v>7</v></row></c>'))).toThrow(NotSure);
    expect(() => rows(sheet('<row r="1"><c r="A1"><v>7</w></c></row>'))).toThrow(NotSure);
  });
});

describe('direct reader: a shared string read in one step or token by token gives the same value', () => {
  const sst = (items: string) => parseSharedStrings(`<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN}" count="9">${items}</sst>`);

  test.each([
    ['one step', '<si><t>共有</t></si><si><t>a&amp;b_x000D_</t></si><si><t></t></si>'],
    ['an attribute on <t>', '<si><t xml:space="preserve">共有</t></si><si><t>a&amp;b_x000D_</t></si><si><t></t></si>'],
    ['whitespace and a comment', '<si>\n<t>共有</t>\n</si><si><t>a&amp;b_x000D_</t><!-- x --></si><si><t/></si>'],
    ['space in the close tags', '<si><t>共有</t ></si><si><t>a&amp;b_x000D_</t></si ><si><t></t></si>'],
    ['text split by a comment', '<si><t>共<!-- x -->有</t></si><si><t>a&amp;b_x000D_</t></si><si><t></t></si>'],
  ])('%s', (_label, items) => {
    expect(sst(items)).toEqual(['共有', 'a&b\r', '']);
  });

  test('phonetic runs after the text, rich runs and an empty item are read token by token', () => {
    expect(sst('<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si><si><r><t>太</t></r><r><rPr><b/></rPr><t>字</t></r></si><si/>')).toEqual([
      '漢字',
      { kind: 'rich', runs: ['太', '字'] },
      null,
    ]);
  });

  test('a <t> under a foreign default namespace is refused, in one step as token by token', () => {
    expect(() => sst('<si xmlns="urn:other"><t>a</t></si>')).toThrow(NotSure);
    expect(() => sst('<si><t>a</t></x></si>')).toThrow(NotSure);
  });
});

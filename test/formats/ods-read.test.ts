import { inflateRawSync } from 'node:zlib';
import { XlsxReadError } from '../../src/xlsx/errors';
import { readSpreadsheet } from '../../src/xlsx/spreadsheet';
import type { SpreadsheetRead } from '../../src/xlsx/spreadsheet';
import { MAX_CELLS } from '../../src/xlsx/ods/table';
import { NS, contentXml, f, odsOf, s, table } from './ods-helpers';

const inflate = (raw: Uint8Array) => new Uint8Array(inflateRawSync(raw));

async function read(content: string, name = '環境課.ods'): Promise<SpreadsheetRead> {
  return readSpreadsheet(await odsOf(content), name, { inflate });
}

async function sheet(rows: readonly string[]) {
  const r = await read(contentXml(table('台帳', rows)));
  expect(r.format).toBe('ods');
  expect(r.encoding).toBeNull();
  return r.workbook.sheets[0];
}

async function reason(bytes: Uint8Array | Promise<Uint8Array>, name = 'x.ods'): Promise<string> {
  try {
    await readSpreadsheet(await bytes, name, { inflate });
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return (e as XlsxReadError).reason;
  }
  throw new Error('read a file it should refuse');
}

describe('.ods values: what LibreOffice shows, as the .xlsx readers give it', () => {
  test('strings, numbers, percentages, currencies, booleans, dates, times and errors', async () => {
    const ws = await sheet([
      s('番号') +
        f(1) +
        '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="currency" office:currency="JPY" office:value="1500"><text:p>¥1,500</text:p></table:table-cell>',
      '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="date" office:date-value="2024-04-01"><text:p>2024/4/1</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="date" office:date-value="2024-04-01T18:00:00"><text:p>x</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="time" office:time-value="PT12H00M00S"><text:p>12:00</text:p></table:table-cell>',
      // LibreOffice's error cell: a string type with calcext's error type, the error text in the paragraph.
      '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>' +
        // A formula gives its cached result.
        '<table:table-cell table:formula="of:=[.A1]" office:value-type="string" office:string-value="番号"><text:p>番号</text:p></table:table-cell>' +
        '<table:table-cell table:formula="of:=0" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>',
    ]);
    expect(ws?.rows).toEqual([
      ['番号', 1, 0.25, 1500],
      [true, { kind: 'date', serial: 45383 }, { kind: 'date', serial: 45383.75 }, { kind: 'date', serial: 0.5 }],
      [{ kind: 'error', code: '#DIV/0!' }, '番号', 0],
    ]);
  });

  test('a text 番号 stays text: "0001" is not turned into 1', async () => {
    expect((await sheet([s('0001') + f('1')]))?.rows).toEqual([['0001', 1]]);
  });

  test('dates before 1900-03-01 take Excel serials (with its fictitious 1900-02-29); an impossible date stays text', async () => {
    const d = (v: string) => `<table:table-cell office:value-type="date" office:date-value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    const ws = await sheet([d('1900-01-01') + d('1900-02-28') + d('1900-03-01') + d('2024-02-30')]);
    expect(ws?.rows).toEqual([[{ kind: 'date', serial: 1 }, { kind: 'date', serial: 59 }, { kind: 'date', serial: 61 }, '2024-02-30']]);
  });

  test('text: spaces as text:s, tabs, line breaks, spans and links; paragraphs joined by line feeds; spaces kept as written', async () => {
    const ws = await sheet([
      '<table:table-cell office:value-type="string"><text:p><text:s/>a<text:s text:c="2"/>b<text:tab/>c<text:line-break/>d </text:p><text:p>second</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>会議録<text:span text:style-name="T1">PDF</text:span>と<text:a xlink:href="https://example.org">リンク</text:a></text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p> 公用車管理簿 </text:p></table:table-cell>',
    ]);
    expect(ws?.rows).toEqual([[' a  b\tc\nd \nsecond', '会議録PDFとリンク', ' 公用車管理簿 ']]);
  });

  test('comments, drawings and notes are not the cell’s text', async () => {
    const ws = await sheet([
      '<table:table-cell office:value-type="string"><office:annotation><text:p>確認済み（課長）</text:p></office:annotation><text:p>住民記録</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>台帳<draw:frame><draw:image/></draw:frame></text:p></table:table-cell>' +
        '<table:table-cell><office:annotation><text:p>コメントだけのセル</text:p></office:annotation></table:table-cell>' +
        s('末尾'),
    ]);
    expect(ws?.rows).toEqual([['住民記録', '台帳', null, '末尾']]);
  });

  test('a cell without a value type is read by its text; an empty one is left out', async () => {
    const ws = await sheet(['<table:table-cell><text:p>型なし</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p></text:p></table:table-cell>' + f(3)]);
    expect(ws?.rows).toEqual([['型なし', null, null, 3]]);
  });
});

describe('.ods structure: sheets, repeats, merges', () => {
  test('every sheet in order, hidden ones included; rows from A1 with gaps and no trailing empty rows', async () => {
    const r = await read(contentXml(table('台帳_総務課', ['', s('課名') + s('総務課'), '', '']) + table('メモ', [s('x')]) + table('空', [''])));
    expect(r.workbook.sheets.map((x) => [x.name, x.rows])).toEqual([
      ['台帳_総務課', [[], ['課名', '総務課']]],
      ['メモ', [['x']]],
      ['空', []],
    ]);
  });

  test('repeated cells and rows with content are copied; LibreOffice’s trailing empty row repeated to row 1,048,576 costs nothing', async () => {
    const ws = await sheet([
      s('番号') + s('同じ', 'table:number-columns-repeated="3"') + '<table:table-cell table:number-columns-repeated="16379"/>',
      `<table:table-row table:number-rows-repeated="3">${f(7)}${s('同じ行')}</table:table-row>`,
      '<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    ]);
    expect(ws?.rows).toEqual([
      ['番号', '同じ', '同じ', '同じ'],
      [7, '同じ行'],
      [7, '同じ行'],
      [7, '同じ行'],
    ]);
    // Copies are separate rows, not one row shared (a change to one must not show in the others).
    expect(ws?.rows[1]).not.toBe(ws?.rows[2]);
  });

  test('row groups and header rows are read through', async () => {
    const body =
      '<table:table table:name="台帳"><table:table-column table:number-columns-repeated="3"/>' +
      `<table:table-header-rows><table:table-row>${s('番号')}</table:table-row></table:table-header-rows>` +
      `<table:table-row-group><table:table-row-group><table:table-row>${f(1)}</table:table-row></table:table-row-group></table:table-row-group>` +
      `<table:table-rows><table:table-row>${f(2)}</table:table-row></table:table-rows></table:table>`;
    const r = await read(contentXml(body));
    expect(r.workbook.sheets[0]?.rows).toEqual([['番号'], [1], [2]]);
  });

  test('merges from number-columns-spanned / number-rows-spanned; covered cells (even with hidden content) are not read', async () => {
    const ws = await sheet([
      s('情報資産台帳（環境課）', 'table:number-columns-spanned="3" table:number-rows-spanned="1"') + '<table:covered-table-cell table:number-columns-repeated="2"/>' + s('D1'),
      f(1) + s('B群', 'table:number-columns-spanned="1" table:number-rows-spanned="2"') + s('レベル2'),
      f(2) + '<table:covered-table-cell office:value-type="string"><text:p>隠れた値</text:p></table:covered-table-cell>' + s('レベル2'),
    ]);
    expect(ws?.rows).toEqual([
      ['情報資産台帳（環境課）', null, null, 'D1'],
      [1, 'B群', 'レベル2'],
      [2, null, 'レベル2'],
    ]);
    expect(ws?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
  });

  test('a value under a merge that a producer wrote as an ordinary cell is dropped, as the .xlsx readers drop it', async () => {
    const ws = await sheet([s('A1', 'table:number-columns-spanned="2"') + s('紛れ込んだ値')]);
    expect(ws?.rows).toEqual([['A1']]);
    expect(ws?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('.ods tag and names', () => {
  const tag = 'LEDGER-TAG {&quot;policyId&quot;:&quot;hanamaki&quot;,&quot;templateVersion&quot;:&quot;1&quot;,&quot;department&quot;:&quot;総務課&quot;}';
  const row1 = s('情報資産台帳（総務課）') + '<table:table-cell table:number-columns-repeated="50"/>' + s(tag);

  test('the LedgerTag_* named range gives the tag; its cell is cleared, as in .xlsx', async () => {
    const names =
      '<table:named-expressions><table:named-range table:name="LedgerTag_1" table:base-cell-address="$\'台帳_総務課\'.$AZ$1" table:cell-range-address="$\'台帳_総務課\'.$AZ$1"/></table:named-expressions>';
    const r = await read(contentXml(table('台帳_総務課', [row1]) + names));
    expect(r.workbook.sheets[0]?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    expect(r.workbook.sheets[0]?.rows).toEqual([['情報資産台帳（総務課）']]);
  });

  test('a sheet name with an apostrophe is quoted with a doubled apostrophe in the address', async () => {
    const names = `<table:named-expressions><table:named-range table:name="LedgerTag_1" table:cell-range-address="$'It''s 課'.$AZ$1"/></table:named-expressions>`;
    const r = await read(contentXml(table("It's 課", [row1]) + names));
    expect(r.workbook.sheets[0]?.tag?.department).toBe('総務課');
  });

  test('without the named range the AZ1 text is an ordinary cell (no tag)', async () => {
    const r = await read(contentXml(table('台帳_総務課', [row1])));
    expect(r.workbook.sheets[0]?.tag).toBeNull();
    expect(r.workbook.sheets[0]?.rows[0]?.[51]).toMatch(/^LEDGER-TAG /);
  });
});

describe('.ods namespaces: what counts is the namespace, not the prefix', () => {
  test('other prefixes for the table, text and office namespaces', async () => {
    const ns = NS.replace('xmlns:table=', 'xmlns:t=').replace('xmlns:text=', 'xmlns:x=').replace('xmlns:office=', 'xmlns:o=');
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><o:document-content ${ns}><o:body><o:spreadsheet>` +
      '<t:table t:name="台帳"><t:table-row><t:table-cell o:value-type="string"><x:p>番号<x:s x:c="2"/>1</x:p></t:table-cell>' +
      '<t:table-cell o:value-type="float" o:value="5"/></t:table-row></t:table></o:spreadsheet></o:body></o:document-content>';
    const r = await read(xml);
    expect(r.workbook.sheets.map((x) => [x.name, x.rows])).toEqual([['台帳', [['番号  1', 5]]]]);
  });
});

describe('.ods refused, each with its reason', () => {
  test('saved with a password (the manifest declares encryption data): ods-encrypted', async () => {
    const encryption =
      '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data>';
    expect(await reason(odsOf(contentXml(table('a', [s('x')])), { manifestExtra: encryption }))).toBe('ods-encrypted');
  });

  test('an OpenDocument text document (.odt) is no spreadsheet: not-xlsx', async () => {
    expect(await reason(odsOf('<office:document-content/>', { mimetype: 'application/vnd.oasis.opendocument.text' }), 'x.odt')).toBe('not-xlsx');
  });

  test('a DOCTYPE (entity declarations) is refused, never expanded: corrupt', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "${'a'.repeat(10)}">]>${contentXml(table('a', [s('&e;')])).replace(/^<\?xml[^>]*>/, '')}`;
    expect(await reason(odsOf(xml))).toBe('corrupt');
  });

  test('malformed XML: corrupt', async () => {
    expect(await reason(odsOf(contentXml(table('a', [s('x')])).replace('</table:table>', '')))).toBe('corrupt');
  });

  test('a value past column 16,384 or row 1,048,576: sheet-too-large', async () => {
    expect(await reason(odsOf(contentXml(table('a', ['<table:table-cell table:number-columns-repeated="16384"/>' + s('XFE1')]))))).toBe('sheet-too-large');
    expect(await reason(odsOf(contentXml(table('a', ['<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>', s('A1048577')]))))).toBe(
      'sheet-too-large',
    );
  });

  test('a small file that repeats a value into more cells than the cap: sheet-too-large, without building them', async () => {
    const rows = Math.ceil(MAX_CELLS / 16_384) + 1;
    const bomb = `<table:table-row table:number-rows-repeated="${rows}">${s('x', 'table:number-columns-repeated="16384"')}</table:table-row>`;
    expect(await reason(odsOf(contentXml(table('a', [bomb]))))).toBe('sheet-too-large');
  });

  test('a cell longer than Excel’s 32,767 characters (text:s amplification): sheet-too-large', async () => {
    expect(await reason(odsOf(contentXml(table('a', ['<table:table-cell office:value-type="string"><text:p><text:s text:c="40000"/></text:p></table:table-cell>']))))).toBe(
      'sheet-too-large',
    );
    const many = '<text:s text:c="30000"/>'.repeat(2);
    expect(await reason(odsOf(contentXml(table('a', [`<table:table-cell office:value-type="string"><text:p>${many}</text:p></table:table-cell>`]))))).toBe('sheet-too-large');
  });

  test('a zip cut short: truncated; a package without content.xml: corrupt', async () => {
    const whole = await odsOf(contentXml(table('a', [s('x')])));
    expect(await reason(whole.slice(0, Math.floor(whole.length * 0.7)))).toBe('truncated');
    const { stored } = await import('../../src/xlsx/zip');
    const { zip } = await import('../../src/xlsx/zip-writer');
    const bare = await zip([{ name: 'mimetype', compressed: Promise.resolve(stored(new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'))) }]);
    expect(await reason(bare)).toBe('corrupt');
  });

  test('a spreadsheet without any sheet: not-xlsx', async () => {
    expect(await reason(odsOf(contentXml('')))).toBe('not-xlsx');
  });
});

describe('.ods without a native inflater (the add-in in the browser: DecompressionStream)', () => {
  test('reads the same', async () => {
    const bytes = await odsOf(contentXml(table('台帳', [s('番号') + f(1)])));
    const native = await readSpreadsheet(bytes, 'a.ods', { inflate });
    const stream = await readSpreadsheet(bytes, 'a.ods');
    expect(stream).toEqual(native);
    expect(stream.workbook.sheets[0]?.rows).toEqual([['番号', 1]]);
  });
});

import type { CellValue } from '../../src/ledger/types';
import { Budget, DEFAULT_LIMITS, LimitExceeded } from '../../src/xlsx/limits';
import type { ReadLimits } from '../../src/xlsx/limits';
import * as sheetModule from '../../src/xlsx/direct/sheet';
import type { SheetContext } from '../../src/xlsx/direct/sheet';
import { readSheetPart } from '../../src/xlsx/direct/sheet-part';

/**
 * A worksheet's `<sheetData>` read from the part's bytes (sheet-bytes.ts) or, for anything unusual, the whole
 * part as text token by token: both must give the same rows, merges and refusals. Each case reads the part
 * both ways, expects the same outcome, and says which way the default read went (a byte path that always gave
 * up would pass the comparison: the `path` expectations catch that).
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROOT = `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
const xml = (data: string, before = '<dimension ref="A1:F9"/>', after = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>') =>
  `${DECL}${ROOT}${before}<sheetData>${data}</sheetData>${after}</worksheet>`;
const utf8 = (s: string) => new TextEncoder().encode(s);

const RICH: CellValue = { kind: 'rich', runs: ['太', '字'] };
const SHARED: CellValue[] = ['共有', 'two', RICH, null];
const STYLES = [false, true];

type Outcome = { rows: CellValue[][]; merges: unknown[] } | { refused: string };

function attempt(read: () => { rows: CellValue[][]; merges: unknown[] }): Outcome {
  try {
    return read();
  } catch (e) {
    return { refused: e instanceof LimitExceeded ? `LimitExceeded ${e.limit}` : (e as Error).name };
  }
}

/** The part read both ways (each with a fresh budget under `limits`): the outcome, and which way the default read went. */
function read(bytes: Uint8Array, { shared = SHARED as CellValue[] | null, limits = DEFAULT_LIMITS as ReadLimits } = {}): Outcome & { path: 'bytes' | 'text' } {
  const ctx = (): SheetContext => ({ shared, date1904: false, budget: new Budget(limits) });
  const viaText = attempt(() => readSheetPart(bytes, STYLES, ctx(), true));
  const spy = jest.spyOn(sheetModule, 'parseSheet');
  try {
    const viaDefault = attempt(() => readSheetPart(bytes, STYLES, ctx()));
    expect(viaDefault).toEqual(viaText);
    const fromBytes = spy.mock.calls.some((call, k) => call[3] !== undefined && spy.mock.results[k]?.type === 'return');
    return { ...viaDefault, path: fromBytes ? 'bytes' : 'text' };
  } finally {
    spy.mockRestore();
  }
}
const rowsOf = (data: string) => read(utf8(xml(data)));

describe('worksheet rows read from the bytes give what the text path gives', () => {
  test('the usual shapes (exceljs, Excel): shared strings, numbers, a date style, x14ac attributes on rows', () => {
    const data =
      '<row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="D1" s="1"><v>45748</v></c></row>' +
      '<row r="3" spans="1:6" x14ac:dyDescent="0.25"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" s="0" t="n"><v>12.5</v></c></row>';
    expect(rowsOf(data)).toEqual({ rows: [['共有', RICH, null, { kind: 'date', serial: 45748 }], [], [1, 'two', 12.5]], merges: [], path: 'bytes' });
  });

  test('numbers: integers from the bytes, anything else through parseFloat as before (-0, 1E-3, 0.1+0.2, past 2^53)', () => {
    const cells = ['-0', '1E-3', '0.30000000000000004', '9007199254740993', '007', '+5', '.5', '-12', '1.5e+300'];
    const data = `<row r="1">${cells.map((v) => `<c><v>${v}</v></c>`).join('')}</row>`;
    const out = rowsOf(data);
    expect(out).toEqual({ rows: [[-0, 0.001, 0.30000000000000004, 9007199254740992, 7, 5, 0.5, -12, 1.5e300]], merges: [], path: 'bytes' });
    expect(Object.is((out as { rows: CellValue[][] }).rows[0]?.[0], -0)).toBe(true);
  });

  test('booleans, errors, str and ISO dates', () => {
    const data = '<row r="1"><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c><c t="str"><v>a_x000D_b</v></c><c t="d"><v>2025-04-01</v></c></row>';
    expect(rowsOf(data)).toEqual({ rows: [[true, false, { kind: 'error', code: '#N/A' }, 'a\rb', { kind: 'date', serial: 45748 }]], merges: [], path: 'bytes' });
  });

  test('rows and cells without r follow the previous one; gaps stay gaps; pretty-printed XML', () => {
    const data = '\n  <row>\n    <c><v>1</v></c>\n    <c r="C1"> <v>3</v> </c>\n    <c><v>4</v></c>\n  </row>\n  <row r="4"><c r=\'B4\' ><v>5</v></c></row>\n  <row><c><v>6</v></c></row>\n';
    expect(rowsOf(data)).toEqual({ rows: [[1, null, 3, 4], [], [], [null, 5], [6]], merges: [], path: 'bytes' });
  });

  test('empty cells and rows are left out: <c/>, <c></c>, <v></v>, an empty shared string, <row/>', () => {
    const data = '<row r="1"/><row r="2"><c r="A2" s="1"/><c r="B2" t="s"></c><c r="C2"><v></v></c><c r="D2" t="s"><v>3</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>';
    expect(rowsOf(data)).toEqual({ rows: [[], [], [null, 2]], merges: [], path: 'bytes' });
  });

  test('the last row and column (XFD1048576) are read; one past them is refused either way', () => {
    const last = rowsOf('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') as { rows: CellValue[][]; path: string };
    expect([last.rows.length, last.rows[1048575]?.length, last.rows[1048575]?.[16383], last.path]).toEqual([1048576, 16384, 1, 'bytes']);
    expect(rowsOf('<row r="1048577"><c><v>1</v></c></row>')).toEqual({ refused: 'NotSure', path: 'text' });
    expect(rowsOf('<row r="1"><c r="XFE1"><v>1</v></c></row>')).toEqual({ refused: 'NotSure', path: 'text' });
    expect(rowsOf('<row r="1"><c r="AAAA1"><v>1</v></c></row>')).toEqual({ refused: 'NotSure', path: 'text' });
  });

  test.each([
    ['rows out of order', '<row r="2"><c><v>1</v></c></row><row r="1"><c><v>2</v></c></row>'],
    ['a row twice', '<row r="2"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>'],
    ['cells out of order', '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>'],
    ['a cell outside its row', '<row r="1"><c r="A2"><v>1</v></c></row>'],
    ['a row number with a leading zero', '<row r="01"><c><v>1</v></c></row>'],
    ['a cell address with a leading zero', '<row r="1"><c r="A01"><v>1</v></c></row>'],
    ['a cell address in lower case', '<row r="1"><c r="a1"><v>1</v></c></row>'],
    ['an attribute twice', '<row r="1"><c r="A1" r="A1"><v>1</v></c></row>'],
    ['a shared string index past the table', '<row r="1"><c t="s"><v>4</v></c></row>'],
    ['a shared string index that is no number', '<row r="1"><c t="s"><v>1a</v></c></row>'],
    ['a style index past the styles', '<row r="1"><c s="2"><v>1</v></c></row>'],
    ['an unknown cell type', '<row r="1"><c t="x"><v>1</v></c></row>'],
    ['a number that is no number', '<row r="1"><c><v>1,5</v></c></row>'],
    ['a boolean that is neither 0 nor 1', '<row r="1"><c t="b"><v>2</v></c></row>'],
    ['a namespace declaration on a cell', '<row r="1"><c xmlns="urn:other"><v>1</v></c></row>'],
    [']]> in an attribute', '<row r="1" x="]]>"><c><v>1</v></c></row>'],
  ])('refused either way: %s', (_label, data) => {
    expect(rowsOf(data)).toEqual({ refused: 'NotSure', path: 'text' });
  });

  test('without a shared-strings part, a t="s" cell is refused either way', () => {
    expect(read(utf8(xml('<row r="1"><c t="s"><v>0</v></c></row>')), { shared: null })).toEqual({ refused: 'NotSure', path: 'text' });
  });

  test.each([
    ['an entity in a value', '<row r="1"><c><v>1&#48;</v></c></row>', [[10]]],
    ['a str text with a line end', '<row r="1"><c t="str"><v>a\r\nb</v></c></row>', [['a\nb']]],
    ['a str text outside ASCII', '<row r="1"><c t="str"><v>日本</v></c></row>', [['日本']]],
    ['an inline string', '<row r="1"><c t="inlineStr"><is><t>in</t></is></c></row>', [['in']]],
    ['a formula', '<row r="1"><c><f>1+1</f><v>2</v></c></row>', [[2]]],
    ['a comment among the rows', '<row r="1"><c><v>1</v></c></row><!-- x --><row r="2"><c><v>2</v></c></row>', [[1], [2]]],
    ['an attribute value with an entity', '<row r="1" ht="&#49;"><c><v>1</v></c></row>', [[1]]],
    ['a <v> with an attribute', '<row r="1"><c><v xml:space="preserve">1</v></c></row>', [[1]]],
    ['a space in a close tag', '<row r="1"><c><v>1</v ></c></row>', [[1]]],
  ])('read as text: %s', (_label, data, rows) => {
    expect(rowsOf(data)).toEqual({ rows, merges: [], path: 'text' });
  });

  test('a miss at the last cell of many rows: the rows read from the bytes are dropped, the part read as text', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c t="s"><v>1</v></c><c><v>${i}</v></c></row>`).join('');
    const out = rowsOf(`${many}<row r="1001"><c t="str"><v>&lt;</v></c></row>`) as { rows: CellValue[][]; path: string };
    expect([out.rows.length, out.rows[999], out.rows[1000], out.path]).toEqual([1001, ['two', 999], ['<'], 'text']);
  });

  test('merges after the rows: the cells under a merge are dropped, read from the bytes', () => {
    const part = xml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>', '', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(read(utf8(part))).toEqual({ rows: [[1]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], path: 'bytes' });
  });

  test('merges before the rows (they would be charged first): the whole part read as text', () => {
    const part = xml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>', '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>', '');
    expect(read(utf8(part))).toEqual({ rows: [[1]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], path: 'text' });
  });

  test('a <sheetData> inside a comment before the real one is not taken for it', () => {
    const part = `${DECL}${ROOT}<!-- <sheetData><row r="1"><c><v>9</v></c></row></sheetData> --><sheetData><row r="1"><c><v>1</v></c></row></sheetData></worksheet>`;
    expect(read(utf8(part))).toEqual({ rows: [[1]], merges: [], path: 'text' });
  });

  test('a <sheetData> under a foreign default namespace is no sheetData either way', () => {
    const part = `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:other"><sheetData><row r="1"><c><v>1</v></c></row></sheetData></x:worksheet>`;
    expect(read(utf8(part))).toEqual({ refused: 'NotSure', path: 'text' });
  });

  test('a byte order mark, and characters of 2, 3 and 4 bytes after the rows: the stand-in found where it is', () => {
    const part = `\ufeff${xml('<row r="1"><c><v>1</v></c></row>', '<sheetPr codeName="é"/>', '<headerFooter><oddHeader>日本 𠮷 é</oddHeader></headerFooter>')}`;
    expect(read(utf8(part))).toEqual({ rows: [[1]], merges: [], path: 'bytes' });
  });

  test('a character XML forbids after the rows is refused either way', () => {
    expect(read(utf8(xml('<row r="1"><c><v>1</v></c></row>', '', '<headerFooter><oddHeader>\u0001</oddHeader></headerFooter>')))).toEqual({ refused: 'NotSure', path: 'text' });
  });

  test('a UTF-16 part is read as text', () => {
    const part = xml('<row r="1"><c t="s"><v>0</v></c></row>').replace('UTF-8', 'UTF-16');
    const bytes = new Uint8Array(Buffer.from(`\ufeff${part}`, 'utf16le'));
    expect(read(bytes)).toEqual({ rows: [['共有']], merges: [], path: 'text' });
  });

  test('the budget: the caps on cells and rows are reported the same, before a refusal that follows them', () => {
    const data = '<row r="1"><c><v>1</v></c><c><v>2</v></c></row><row r="2"><c><v>3</v></c><c t="x"><v>4</v></c></row>';
    expect(read(utf8(xml(data)), { limits: { ...DEFAULT_LIMITS, cells: 2 } })).toEqual({ refused: 'LimitExceeded cells', path: 'text' });
    const rows = '<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c t="x"><v>3</v></c></row>';
    expect(read(utf8(xml(rows)), { limits: { ...DEFAULT_LIMITS, rows: 1 } })).toEqual({ refused: 'LimitExceeded rows', path: 'text' });
  });

  test('the budget: past two caps at once, the one the text path reaches first is reported (a row\'s cells before the row)', () => {
    const three = '<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c><v>3</v></c></row>';
    // Cell 2 fits, row 2 passes `rows: 1`: rows, though the cells cap is passed later too.
    expect(read(utf8(xml(three)), { limits: { ...DEFAULT_LIMITS, cells: 2, rows: 1 } })).toMatchObject({ refused: 'LimitExceeded rows' });
    const wide = '<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c><c><v>3</v></c></row>';
    // Row 2's second cell passes `cells: 2` before row 2 passes `rows: 1`.
    expect(read(utf8(xml(wide)), { limits: { ...DEFAULT_LIMITS, cells: 2, rows: 1 } })).toMatchObject({ refused: 'LimitExceeded cells' });
  });

  test('the budget: a bulk charge that would pass a cap charges nothing', () => {
    const budget = new Budget({ ...DEFAULT_LIMITS, cells: 10, rows: 10, textChars: 10 });
    expect(budget.bulk(5, 5, 5)).toBe(true);
    expect(budget.bulk(5, 6, 5)).toBe(false);
    // Had the refused charge counted its cells or rows, these would pass the caps.
    expect(budget.bulk(5, 5, 5)).toBe(true);
    expect(() => budget.cell(0)).toThrow(LimitExceeded);
  });

  test('the budget: cells, rows and text charged as the text path charges them, exactly', () => {
    const part = utf8(xml('<row r="1"><c t="s"><v>0</v></c><c t="s"><v>2</v></c></row><row r="2"><c><v>3</v></c></row>'));
    // 3 cells, 2 rows, 4 characters ('共有' and the runs 太, 字): caps equal to them hold, one below each is passed.
    for (const [key, total] of [['cells', 3], ['rows', 2], ['textChars', 4]] as const) {
      const exact = new Budget({ ...DEFAULT_LIMITS, [key]: total });
      const ctx: SheetContext = { shared: SHARED, date1904: false, budget: exact };
      expect(readSheetPart(part, STYLES, ctx).rows).toEqual([['共有', RICH], [3]]);
      expect(read(part, { limits: { ...DEFAULT_LIMITS, [key]: total - 1 } })).toMatchObject({ refused: `LimitExceeded ${key}` });
    }
  });
});

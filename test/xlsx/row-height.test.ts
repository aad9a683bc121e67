/**
 * Rows whose wrapped text takes several lines say how high they are (src/xlsx/row-height.ts): LibreOffice keeps a
 * row without a height one line high, and a long 内容 printed cut to its first line.
 */
import { buildXlsx } from '../../src/xlsx/book-xml';
import { LINE_HEIGHT_PT, MAX_ROW_HEIGHT_PT, rowHeight, wrappedLines } from '../../src/xlsx/row-height';
import { STYLE } from '../../src/xlsx/sheet-xml';
import type { OutCell, OutSheet } from '../../src/xlsx/sheet-xml';
import { zipPart } from './zip-part';

describe('wrappedLines: lines filled character by character, w − 1 widths a line, full-width characters two', () => {
  test.each([
    ['', 48, 1],
    ['業務の記録', 48, 1],
    ['あ'.repeat(23), 48, 1], // 46 widths of 47
    ['あ'.repeat(24), 48, 2], // the 24th does not fit
    ['あ'.repeat(46), 48, 2],
    ['あ'.repeat(47), 48, 3], // 23 + 23 + 1: no character is split over two lines
    ['a'.repeat(47), 48, 1],
    ['a'.repeat(48), 48, 2],
    ['A'.repeat(31), 48, 1], // upper case: one and a half (46.5)
    ['A'.repeat(32), 48, 2],
    ['ｱ'.repeat(47), 48, 1], // half-width katakana: one width each
    ['Ａ'.repeat(24), 48, 2], // full-width Latin: two
    ['※'.repeat(24), 48, 2], // symbols a Japanese font draws wide
    ['×'.repeat(24), 48, 2],
    ['α'.repeat(24), 48, 2], // Greek and Cyrillic too
    ['𠮷'.repeat(24), 48, 2], // a surrogate pair: two widths, like any kanji
    ['総務課\n人事課\n財政課', 10, 3], // one per line
    ['総務課\r\n人事課', 10, 2], // CR LF is one break
    ['総務課\r人事課\r財政課', 10, 3], // a lone CR breaks the line too (LibreOffice does)
    ['a\n\nb', 10, 3], // an empty line is a line
  ])('%j in width %d: %d line(s)', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  test('text with spaces wraps at words: a tenth less per line', () => {
    expect(wrappedLines('x'.repeat(44), 48)).toBe(1);
    expect(wrappedLines(`${'word '.repeat(8)}word`, 48)).toBe(2); // 44 widths > 0.9 × 47
  });

  test('a column narrower than a full-width character still holds one a line', () => {
    expect(wrappedLines('あい', 1)).toBe(2);
  });
});

describe('rowHeight', () => {
  test('none for one line; 18.75 pt a line; never above Excel’s 409 pt', () => {
    expect(rowHeight(1)).toBeNull();
    expect(rowHeight(2)).toBe(37.5);
    expect(rowHeight(21)).toBe(21 * LINE_HEIGHT_PT); // 393.75
    expect(rowHeight(22)).toBe(MAX_ROW_HEIGHT_PT);
    expect(rowHeight(500)).toBe(409);
  });
});

/** The `<row …>` openings of a one-sheet workbook. */
async function rowOpenings(sheet: Omit<OutSheet, 'name'>): Promise<string[]> {
  const bytes = await buildXlsx([{ name: 'S', ...sheet }], null);
  return zipPart(bytes, 'xl/worksheets/sheet1.xml').match(/<row [^>]*>/g) ?? [];
}

describe('the summary writer gives a row the height of its longest wrapped text', () => {
  const long = '住民基本台帳システムに記録された住民の氏名・住所・生年月日・世帯の情報'; // 35 full-width characters
  const rows: OutCell[][] = [
    ['課', '内容', '備考'],
    ['総務課', '業務の記録', long],
    ['総務課', long, '短い'],
    ['総務課', `${long}${long}`, long],
    ['総務課', null, null],
    ['総務課', 12, null],
  ];
  const sheet = { rows, widths: [10, 48, 48], colStyles: new Map([[1, STYLE.wrap]]), rowStyles: new Map([[0, STYLE.bold]]) };

  test('only wrapped columns count; a row that fits on one line has no height; the header row keeps its own', async () => {
    expect(await rowOpenings(sheet)).toEqual([
      '<row r="1">',
      '<row r="2">', // the long text is in a column that does not wrap
      `<row r="3" ht="${2 * LINE_HEIGHT_PT}">`, // 35 characters, 23 a line
      `<row r="4" ht="${4 * LINE_HEIGHT_PT}">`, // 70 characters, 23 a line
      '<row r="5">',
      '<row r="6">',
    ]);
  });

  test('several wrapped columns: the row takes the most lines of any', async () => {
    const both = { ...sheet, colStyles: new Map([[1, STYLE.wrap], [2, STYLE.wrap]]) };
    expect((await rowOpenings(both))[1]).toBe(`<row r="2" ht="${2 * LINE_HEIGHT_PT}">`);
  });

  test('a text of hundreds of lines: Excel’s highest row, 409 pt', async () => {
    const tall = { ...sheet, rows: [rows[0] ?? [], ['総務課', Array.from({ length: 40 }, (_, i) => `第${i + 1}課`).join('\n'), null]] };
    expect((await rowOpenings(tall))[1]).toBe(`<row r="2" ht="${MAX_ROW_HEIGHT_PT}">`);
  });

  test('no height without the column’s width (nothing to measure against), and never with customHeight', async () => {
    expect(await rowOpenings({ ...sheet, widths: [10] })).toEqual(['<row r="1">', '<row r="2">', '<row r="3">', '<row r="4">', '<row r="5">', '<row r="6">']);
    expect((await rowOpenings(sheet)).join('')).not.toContain('customHeight');
  });
});

describe('cells sit at the top of a tall row', () => {
  test('the Normal style (what LibreOffice gives a cell without `s`), plain cells (xf 0), links (xf 3) and wrapped text (xf 4)', async () => {
    const styles = zipPart(await buildXlsx([{ name: 'S', rows: [['a']] }], null), 'xl/styles.xml');
    const xfs = (list: string) => [...(new RegExp(`<${list} count="\\d+">(.*?)</${list}>`).exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const top = (xf: string | undefined) => xf?.includes('<alignment vertical="top"') ?? false;
    expect(xfs('cellStyleXfs').map(top)).toEqual([true]);
    expect(xfs('cellXfs').map(top)).toEqual([true, false, false, true, true]); // normal, bold, title, link, wrap
  });
});

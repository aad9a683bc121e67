import { readXlsx } from '../../src/xlsx/read';
import { fixture } from './fixture-files';

/** What exceljs + our mapping make of files LibreOffice wrote (sources: scripts/fixtures/*.fods). */
describe('readXlsx on LibreOffice-written files', () => {
  test('canonical layout: merged title, 課名, 更新日 as a real date, header', async () => {
    const [sheet] = (await readXlsx(fixture('canonical-somu.xlsx'), 'canonical-somu.xlsx')).sheets;
    expect(sheet?.name).toBe('台帳_総務課');
    expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    // LibreOffice writes the covered cells of the merge as empty styled cells: nothing repeated.
    expect(sheet?.rows[0]).toEqual(['情報資産台帳（総務課）']);
    expect(sheet?.rows[1]).toEqual(['課名', '総務課', '更新日', { kind: 'date', serial: 45383 }, '記入者', '花巻 太郎']);
    expect(sheet?.rows[3]).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);
  });

  test('mixed-script text comes as rich text runs (LibreOffice splits Latin and CJK into runs)', async () => {
    const [sheet] = (await readXlsx(fixture('canonical-somu.xlsx'), null)).sheets;
    expect(sheet?.rows[4]).toEqual([
      1,
      '住民基本台帳システム',
      '住民の異動記録',
      { kind: 'rich', runs: ['A', '群'] },
      { kind: 'rich', runs: ['レベル', '1'] },
    ]);
    expect(sheet?.rows[5]).toEqual([
      2,
      { kind: 'rich', runs: ['会議録', 'PDF'] },
      { kind: 'rich', runs: ['庁議の', 'Minutes', '（電子化）'] },
      { kind: 'rich', runs: ['B', '群'] },
      { kind: 'rich', runs: ['レベル', '2'] },
      '混在',
    ]);
  });

  test('a formula error keeps its error value; formula-looking text stays text', async () => {
    const [sheet] = (await readXlsx(fixture('canonical-somu.xlsx'), null)).sheets;
    expect(sheet?.rows[12]?.[2]).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(sheet?.rows[14]?.[5]).toBe('=SUM(A1:A3)');
    expect(sheet?.rows[11]).toEqual([]);
    expect(sheet?.rows[15]).toEqual(['以下余白']);
    expect(sheet?.rows).toHaveLength(16);
  });

  test('#N/A from a formula, and a used range reaching row 1,048,576', async () => {
    const [sheet] = (await readXlsx(fixture('lastrow-zaisei.xlsx'), null)).sheets;
    expect(sheet?.rows[4]?.[2]).toEqual({ kind: 'error', code: '#N/A' });
    expect(sheet?.rows).toHaveLength(1048576);
    expect(sheet?.rows[1048575]).toEqual([null, null, null, null, null, null, null, ' ']);
    expect(sheet?.rows[1048574]).toEqual([]);
  });

  test('the four sheets of a 別記様式 ledger, in order', async () => {
    const book = await readXlsx(fixture('form-kikaku.xlsx'), null);
    expect(book.sheets.map((s) => s.name)).toEqual(['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2']);
    expect(book.sheets[1]?.rows.slice(0, 3)).toEqual([
      ['情報資産台帳（企画課）'],
      ['（Ａ群―レベル２）'],
      ['番号', '情報資産名', '内容'],
    ]);
    expect(book.sheets[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });
});

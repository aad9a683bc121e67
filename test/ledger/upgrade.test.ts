// SPEC §1.3 "Convert to template": one canonical table per 課 from its 別記様式 sheets, 群 and レベル carried from
// each sheet's line. Sheets are inline 2D arrays run through the real reader.
import { checkWorkbooks, planFormUpgrade, readWorkbook } from '../../src/ledger';
import type { CellValue, SheetInput } from '../../src/ledger';

type Rows = readonly (readonly CellValue[])[];

/** A 別記様式 sheet: title, the 群－レベル line (or none), the three-column header, the rows. */
function form(name: string, title: string, line: string | null, body: Rows, header: readonly CellValue[] = ['番号', '情報資産名', '内容']): SheetInput {
  return { name, rows: [[title], [line], [...header], ...body] };
}

const plan = (sheets: SheetInput[], extended = false) => planFormUpgrade(checkWorkbooks([{ file: null, sheets }], { today: '2026-11-25' }), { extended });

describe('convert to template (SPEC §1.3)', () => {
  test('four forms of one 課 become one table in A1, A2, B1, B2 order, 群 and レベル carried, renumbered 1..n', () => {
    const sheets = [
      form('B2', '情報資産台帳（総務課）', '（B群－レベル2）', [[1, '会議録綴り', '庁内会議の記録（紙）']]),
      form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[1, '住民記録システム', '住民基本台帳'], [2, '人事給与システム', '職員の給与']]),
      form('B1', '情報資産台帳（総務課）', '(Ｂ群 ― レベル１)', [[1, '入札書', '入札の原本']]),
      form('A2', '情報資産台帳（総務課）', '（A群－レベル2）', [[1, '文書管理システム', '庁内文書']]),
    ];
    const { upgrades, skipped } = plan(sheets);
    expect(skipped).toEqual([]);
    expect(upgrades).toHaveLength(1);
    const u = upgrades[0]!;
    expect(u.department).toBe('総務課');
    expect(u.headers).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);
    expect(u.keys).toEqual(['number', 'name', 'content', 'group', 'level', 'remarks']);
    expect(u.rows).toEqual([
      [1, '住民記録システム', '住民基本台帳', 'A群', 'レベル1', ''],
      [2, '人事給与システム', '職員の給与', 'A群', 'レベル1', ''],
      [3, '文書管理システム', '庁内文書', 'A群', 'レベル2', ''],
      [4, '入札書', '入札の原本', 'B群', 'レベル1', ''],
      [5, '会議録綴り', '庁内会議の記録（紙）', 'B群', 'レベル2', ''],
    ]);
    expect(u.renumbered).toBe(true);
    expect(u.unclassified).toBe(0);
    expect(u.existing).toBeNull();
    expect(u.sources).toEqual([
      { sheet: 'A1', group: 'A群', level: 'レベル1', rows: 2 },
      { sheet: 'A2', group: 'A群', level: 'レベル2', rows: 1 },
      { sheet: 'B1', group: 'B群', level: 'レベル1', rows: 1 },
      { sheet: 'B2', group: 'B群', level: 'レベル2', rows: 1 },
    ]);
  });

  test('番号 that are all valid and distinct across the forms are kept (full-width as a whole number), even out of order', () => {
    const { upgrades } = plan([
      form('レベル2', '情報資産台帳（総務課）（A群－レベル2）', null, [[1, '文書管理システム', '庁内文書'], ['２', '電子メール', '職員のメール']]),
      form('レベル1', '情報資産台帳（総務課）（A群－レベル1）', null, [[3, '住民記録システム', '住民基本台帳'], [' 4 ', '税務システム', '課税情報']]),
    ]);
    expect(upgrades[0]?.rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      [3, '住民記録システム', 'レベル1'],
      [4, '税務システム', 'レベル1'],
      [1, '文書管理システム', 'レベル2'],
      [2, '電子メール', 'レベル2'],
    ]);
    expect(upgrades[0]?.renumbered).toBe(false);
  });

  test('one invalid or missing 番号 renumbers every row, never a mix', () => {
    const { upgrades } = plan([form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[5, '住民記録システム', '住民'], ['1-1', '税務システム', '課税'], [null, '戸籍システム', '戸籍']])]);
    expect(upgrades[0]?.rows.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(upgrades[0]?.renumbered).toBe(true);
  });

  test('a valid 番号 typed as text is kept as that text (leading zeros and all), a number cell as the number', () => {
    const { upgrades } = plan([form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [['0000022200', '住民記録システム', '住民'], ['007', '税務システム', '課税'], [3, '戸籍システム', '戸籍']])]);
    expect(upgrades[0]?.rows.map((r) => r[0])).toEqual(['0000022200', '007', 3]);
    expect(upgrades[0]?.renumbered).toBe(false);
  });

  test('values are carried as the text the form shows: formula-looking text, leading zeros, numbers, dates, errors, rich text', () => {
    const { upgrades } = plan([
      form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [
        [1, '=SUM(A1:A3)', '0012'],
        [2, 12.5, { kind: 'date', serial: 45383 }],
        [3, { kind: 'error', code: '#REF!' }, { kind: 'rich', runs: ['住民', '記録'] }],
        [4, true, '+81-198-24-2111'],
      ]),
    ]);
    expect(upgrades[0]?.rows).toEqual([
      [1, '=SUM(A1:A3)', '0012', 'A群', 'レベル1', ''],
      [2, '12.5', '2024-04-01', 'A群', 'レベル1', ''],
      [3, '#REF!', '住民記録', 'A群', 'レベル1', ''],
      [4, 'TRUE', '+81-198-24-2111', 'A群', 'レベル1', ''],
    ]);
  });

  test('a form without its 群－レベル line: its rows come last with empty 群 and レベル, and are counted', () => {
    const { upgrades } = plan([
      form('様式（不明）', '情報資産台帳（総務課）', null, [[1, '庁内LAN', 'ネットワーク']]),
      form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[1, '住民記録システム', '住民基本台帳']]),
    ]);
    expect(upgrades[0]?.rows).toEqual([
      [1, '住民記録システム', '住民基本台帳', 'A群', 'レベル1', ''],
      [2, '庁内LAN', 'ネットワーク', '', '', ''],
    ]);
    expect(upgrades[0]?.unclassified).toBe(1);
    expect(upgrades[0]?.sources.map((s) => [s.sheet, s.group, s.level])).toEqual([
      ['A1', 'A群', 'レベル1'],
      ['様式（不明）', null, null],
    ]);
  });

  test('two 課: one conversion each, in the order of their first form; a 課 with a template ledger names it as existing', () => {
    const template: SheetInput = { name: '台帳_企画課', rows: [['情報資産台帳（企画課）'], ['課名', '企画課'], [], ['番号', '情報資産名', '内容', '群', 'レベル', '備考'], [1, '統計データ', '人口統計', 'A群', 'レベル2']] };
    const { upgrades } = plan([
      form('企画A2', '情報資産台帳（企画課）', '（A群－レベル2）', [[1, '統計データ', '人口統計']]),
      form('総務A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[1, '住民記録システム', '住民基本台帳']]),
      template,
      form('総務B2', '情報資産台帳（ 総務課 ）', '（B群－レベル2）', [[1, '会議録綴り', '会議の記録']]),
    ]);
    expect(upgrades.map((u) => [u.department, u.sources.map((s) => s.sheet), u.rows.length, u.existing])).toEqual([
      ['企画課', ['企画A2'], 1, '台帳_企画課'],
      ['総務課', ['総務A1', '総務B2'], 2, null],
    ]);
  });

  test('a form whose 課 cannot be told is skipped, not guessed', () => {
    const { upgrades, skipped } = plan([form('様式', '情報資産台帳（　　　課）', '（A群－レベル1）', [[1, '住民記録システム', '住民基本台帳']])]);
    expect(upgrades).toEqual([]);
    expect(skipped).toEqual([{ file: null, sheet: '様式' }]);
  });

  test('with the extended option the optional columns are there and empty; a form’s own 備考 column is carried', () => {
    const { upgrades } = plan(
      [form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[1, '住民記録システム', '住民基本台帳', '基幹系']], ['番号', '情報資産名', '内容', '備考'])],
      true,
    );
    expect(upgrades[0]?.headers).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考']);
    expect(upgrades[0]?.rows).toEqual([[1, '住民記録システム', '住民基本台帳', 'A群', 'レベル1', '', '', '', '', '基幹系']]);
  });

  test('更新日 is the latest of the forms’; null when none has one', () => {
    const dated = (name: string, line: string, serial: number): SheetInput => ({
      name,
      rows: [['情報資産台帳（総務課）'], ['更新日', { kind: 'date', serial }], [line], ['番号', '情報資産名', '内容'], [1, '資産', '内容']],
    });
    expect(plan([dated('A1', '（A群－レベル1）', 45383), dated('A2', '（A群－レベル2）', 45748)]).upgrades[0]?.updatedOn).toBe('2025-04-01');
    expect(plan([form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[1, '資産', '内容']])]).upgrades[0]?.updatedOn).toBeNull();
  });

  test('takes ledgers from readWorkbook as well; template-only workbooks and odd input give an empty plan', () => {
    const { ledgers } = readWorkbook({ file: 'a.xlsx', sheets: [form('A1', '情報資産台帳（総務課）', '（A群－レベル1）', [[1, '住民記録システム', '住民基本台帳']])] });
    expect(planFormUpgrade(ledgers).upgrades.map((u) => [u.file, u.department, u.rows.length])).toEqual([['a.xlsx', '総務課', 1]]);
    expect(plan([{ name: '台帳_総務課', rows: [['番号', '情報資産名', '内容', '群', 'レベル'], [1, '住民記録システム', '住民', 'A群', 'レベル1']] }])).toEqual({ upgrades: [], skipped: [] });
    expect(planFormUpgrade({} as never)).toEqual({ upgrades: [], skipped: [] });
  });
});

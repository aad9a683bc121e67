/** What the hand-out carries from last year into each 課's new ledger (carry.ts), and the template it fills. */
import { readWorkbook, templateModel } from '../../src/ledger';
import type { CellValue, SheetInput } from '../../src/ledger';
import { carriedRows, carryFromLedgers, carryFromList } from '../../src/ledger/carry';
import type { CarriedAsset } from '../../src/ledger/carry';
import { formSheet, HEADER, templateSheet } from './helpers';

const ledgersOf = (sheets: SheetInput[]) => readWorkbook({ file: 'last.xlsx', sheets }).ledgers;
const EXTENDED: CellValue[] = ['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考'];

describe('carryFromLedgers', () => {
  it('carries 番号, 情報資産名, 内容 and canonical 群/レベル of a template ledger; 備考 stays behind', () => {
    const src = carryFromLedgers(ledgersOf([templateSheet([[1, '会議録', '紙の会議録', 'b', 'Lv2', 'R6に廃棄予定'], ['1-1', '=SUM(A1)', '0012', 'C群', 'レベル3']])]));
    expect(src.withoutDepartment).toEqual([]);
    expect(src.departments).toEqual([
      {
        department: '総務課',
        file: 'last.xlsx',
        sheets: ['台帳_総務課'],
        assets: [
          { number: 1, values: { name: '会議録', content: '紙の会議録', group: 'B群', level: 'レベル2' } },
          // Invalid values stay as written, for the clerk and the check to see; text stays text.
          { number: null, values: { name: '=SUM(A1)', content: '0012', group: 'C群', level: 'レベル3' } },
        ],
        extended: false,
        ignored: [],
      },
    ]);
  });

  it('carries the optional columns and says the source has them (個人情報 canonical)', () => {
    const src = carryFromLedgers(ledgersOf([templateSheet([[1, '住民票', '住民の記録', 'A群', 'レベル1', '市民課長', 'サーバ', '有', '5年', 'メモ']], '台帳_総務課', EXTENDED)]));
    expect(src.departments[0]?.extended).toBe(true);
    expect(src.departments[0]?.assets[0]?.values).toEqual({
      name: '住民票', content: '住民の記録', group: 'A群', level: 'レベル1', manager: '市民課長', medium: 'サーバ', personalInfo: 'あり', retention: '5年',
    });
  });

  it('takes a 課’s 別記様式 sheets together, in the pack’s order of 群－レベル, each row with its sheet’s line', () => {
    const src = carryFromLedgers(ledgersOf([formSheet([[1, '議事録', '紙']], '（B群－レベル2）', 'B2'), formSheet([[1, '住民票', 'システム'], [2, '税台帳', 'システム']], '（A群－レベル1）', 'A1'), formSheet([[1, '謎', '?']], null, '線なし')]));
    const d = src.departments[0];
    expect(d?.sheets).toEqual(['A1', 'B2', '線なし']);
    expect(d?.assets.map((a) => [a.number, a.values.name, a.values.group, a.values.level])).toEqual([
      [1, '住民票', 'A群', 'レベル1'],
      [2, '税台帳', 'A群', 'レベル1'],
      [1, '議事録', 'B群', 'レベル2'],
      [1, '謎', '', ''],
    ]);
  });

  it('prefers the 課’s first template ledger: another copy and the forms left after 様式を台帳に変換 are ignored, not carried twice', () => {
    const src = carryFromLedgers(
      ledgersOf([formSheet([[1, '住民票', 'システム']], '（A群－レベル1）', 'A1'), templateSheet([[1, '住民票', 'システム', 'A群', 'レベル1']]), templateSheet([[1, '写し', 'x', 'A群', 'レベル1']], '台帳_総務課(2)')]),
    );
    expect(src.departments.map((d) => [d.department, d.sheets, d.ignored, d.assets.length])).toEqual([['総務課', ['台帳_総務課'], ['A1', '台帳_総務課(2)'], 1]]);
  });

  it('counts the assets of a ledger without 課, which cannot be handed to anyone', () => {
    const src = carryFromLedgers(ledgersOf([{ name: 'Sheet1', rows: [HEADER, [1, 'x', 'y', 'A群', 'レベル1'], [2, 'z', 'w', 'B群', 'レベル2']] }]));
    expect(src).toEqual({ departments: [], withoutDepartment: [{ sheet: 'Sheet1', assets: 2 }] });
  });

  it('never throws on odd input', () => {
    expect(carryFromLedgers([null, 3] as unknown as [])).toEqual({ departments: [], withoutDepartment: [] });
  });
});

describe('carryFromList', () => {
  it('groups a list’s assets per 課 (width and spaces ignored), canonical codes, rows without 課 counted', () => {
    const src = carryFromList('集計.xlsx', '資産一覧', [
      { department: '総務課', number: 3, values: { name: '会議録', content: '紙', group: 'B', level: '2', remarks: 'x' } },
      { department: '企画課', number: null, values: { name: '予算', content: '紙', group: 'B群', level: 'レベル1' } },
      { department: '総務 課', number: 0, values: { name: '名簿', content: '紙', group: 'A群', level: 'レベル1' } },
      { department: '', number: 1, values: { name: '？', content: '', group: '', level: '' } },
    ], false);
    expect(src.departments.map((d) => [d.department, d.file, d.sheets, d.assets.map((a) => [a.number, a.values.name, a.values.group, a.values.level, a.values.remarks])])).toEqual([
      ['総務課', '集計.xlsx', ['資産一覧'], [[3, '会議録', 'B群', 'レベル2', undefined], [null, '名簿', 'A群', 'レベル1', undefined]]],
      ['企画課', '集計.xlsx', ['資産一覧'], [[null, '予算', 'B群', 'レベル1', undefined]]],
    ]);
    expect(src.withoutDepartment).toEqual([{ sheet: '資産一覧', assets: 1 }]);
  });
});

describe('carriedRows and the template they fill', () => {
  const assets: CarriedAsset[] = [
    { number: 5, values: { name: '会議録', content: '紙', group: 'B群', level: 'レベル2' } },
    { number: 7, values: { name: '=SUM(A1)', content: '0012', group: 'A群', level: 'レベル1' } },
  ];

  it('keeps valid unique 番号 and lays the values out in the template’s columns, 備考 empty', () => {
    expect(carriedRows(assets, ['number', 'name', 'content', 'group', 'level', 'remarks'])).toEqual({
      rows: [
        [5, '会議録', '紙', 'B群', 'レベル2', ''],
        [7, '=SUM(A1)', '0012', 'A群', 'レベル1', ''],
      ],
      renumbered: false,
    });
  });

  it('renumbers all 1..n when one 番号 is missing or repeated — never a mix', () => {
    expect(carriedRows([...assets, { number: 5, values: {} }], ['number', 'name']).rows).toEqual([[1, '会議録'], [2, '=SUM(A1)'], [3, '']]);
    expect(carriedRows([{ number: null, values: { name: 'x' } }], ['number']).renumbered).toBe(true);
  });

  it('templateModel puts the carried rows first in the table, which reads back as the 課’s ledger', () => {
    const model = templateModel('総務課', { today: '2026-04-01', assets });
    expect(model.rows).toEqual([
      [5, '会議録', '紙', 'B群', 'レベル2', ''],
      [7, '=SUM(A1)', '0012', 'A群', 'レベル1', ''],
    ]);
    expect(model.renumbered).toBe(false);
    expect(model.bodyRows).toBe(20);
    expect(templateModel('総務課', { today: '2026-04-01', assets: Array.from({ length: 25 }, (_, i) => ({ number: i + 1, values: {} })) }).bodyRows).toBe(25);
    expect(templateModel('総務課', { today: '2026-04-01' })).toMatchObject({ rows: [], renumbered: false, bodyRows: 20 });
    // Laid out as the writers do: header on row 7, the rows right below.
    const sheet: SheetInput = { name: model.sheetName, rows: [[model.title], ['課名', '総務課', '更新日', '2026/4/1'], [], [], [], [], model.headers, ...model.rows], tag: model.tag };
    const [ledger] = readWorkbook({ file: null, sheets: [sheet] }).ledgers;
    expect(ledger?.assets.map((a) => [a.number, a.text.name, a.group, a.level])).toEqual([
      [5, '会議録', 'B群', 'レベル2'],
      [7, '=SUM(A1)', 'A群', 'レベル1'],
    ]);
  });
});

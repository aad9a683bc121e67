/** The consolidation and audit rules of SPEC §3, run over every ledger of every workbook. */
import { checkWorkbooks, fileUnreadableIssue } from '../../src/ledger';
import type { CellValue, SheetInput } from '../../src/ledger';
import { check, checkBooks, formSheet, found, templateSheet } from './helpers';

const row = (n: number, name: string, group: string, level: string) => [n, name, '記録', group, level];

describe('ASSET_NAME_DUPLICATE', () => {
  it('fires at each later occurrence of the same normalised name with the same 群 and レベル in one 課', () => {
    const r = check([templateSheet([row(1, '会議録', 'B群', 'レベル2'), row(2, '会議 録', 'B群', 'レベル2'), row(3, 'ＫＡＩＧＩ', 'B群', 'レベル2'), row(4, 'kaigi', 'B群', 'レベル2')])]);
    expect(found(r, 'ASSET_NAME_DUPLICATE')).toEqual([
      { cell: 'B6', params: { name: '会議 録', group: 'B群', level: 'レベル2', firstSheet: '台帳_総務課', firstCell: 'B5' } },
      { cell: 'B8', params: { name: 'kaigi', group: 'B群', level: 'レベル2', firstSheet: '台帳_総務課', firstCell: 'B7' } },
    ]);
  });
  it.each([6, 20])('a name repeated %i times (searched up to 16, then indexed) fires at each later occurrence, naming the first of its 群 and レベル', (n) => {
    // 群 in the order B B A A B A B A …: the first B群 is at B5, the first A群 at B7.
    const groupAt = (i: number) => (i < 2 ? 'B群' : i < 4 ? 'A群' : i % 2 === 0 ? 'B群' : 'A群');
    const rows = Array.from({ length: n }, (_, i) => row(i + 1, '会議録', groupAt(i), 'レベル2'));
    const expected = Array.from({ length: n }, (_, i) => i)
      .filter((i) => i !== 0 && i !== 2)
      .map((i) => {
        const b = groupAt(i) === 'B群';
        return { cell: `B${5 + i}`, params: { name: '会議録', group: groupAt(i), level: 'レベル2', firstSheet: '台帳_総務課', firstCell: b ? 'B5' : 'B7' } };
      });
    expect(found(check([templateSheet(rows)]), 'ASSET_NAME_DUPLICATE')).toEqual(expected);
  });
  it('does not fire for one merged 情報資産名 cell read on two rows', () => {
    // B5:B6 merged: both rows carry 会議録 from the same cell B5.
    const sheet = { ...templateSheet([row(1, '会議録', 'B群', 'レベル2'), [2, null, '写し', 'B群', 'レベル2']]), merges: [{ top: 4, left: 1, bottom: 5, right: 1 }] };
    expect(found(check([sheet]), 'ASSET_NAME_DUPLICATE')).toEqual([]);
  });
  it('spans the form sheets of one 課', () => {
    const r = check([formSheet([[1, '会議録', '記録']], '（B群－レベル2）', '様式1'), formSheet([[1, '会議録', '写し']], '（B群－レベル2）', '様式2', '情報資産台帳（総務課）')]);
    expect(found(r, 'ASSET_NAME_DUPLICATE')).toEqual([
      { cell: 'B4', params: { name: '会議録', group: 'B群', level: 'レベル2', firstSheet: '様式1', firstCell: 'B4' } },
    ]);
  });
  it('does not fire for the same name on paper and on a system, nor in another 課', () => {
    const r = check([
      templateSheet([row(1, '会議録', 'B群', 'レベル2'), row(2, '会議録', 'A群', 'レベル2')]),
      { ...templateSheet([row(1, '会議録', 'B群', 'レベル2')], '台帳_財政課'), rows: [['情報資産台帳（財政課）'], ['課名', '財政課'], [], ['番号', '情報資産名', '内容', '群', 'レベル'], row(1, '会議録', 'B群', 'レベル2')] },
    ]);
    expect(found(r, 'ASSET_NAME_DUPLICATE')).toEqual([]);
  });
});

describe('CLASSIFICATION_CONFLICT', () => {
  it('fires at every occurrence of a name whose 群 carries different レベル, within one 課', () => {
    const r = check([templateSheet([row(1, '職員名簿', 'A群', 'レベル1'), row(2, '会議録', 'B群', 'レベル2'), row(3, '職員 名簿', 'A群', 'レベル2')])]);
    expect(found(r, 'CLASSIFICATION_CONFLICT')).toEqual([
      { cell: 'B5', params: { name: '職員名簿', group: 'A群', level: 'レベル1', levels: 'レベル1・レベル2' } },
      { cell: 'B7', params: { name: '職員 名簿', group: 'A群', level: 'レベル2', levels: 'レベル1・レベル2' } },
    ]);
  });
  it('fires across 課 and files', () => {
    const r = checkBooks([
      { file: 'a.xlsx', sheets: [templateSheet([row(1, '施設予約簿', 'B群', 'レベル2')])] },
      { file: 'b.xlsx', sheets: [formSheet([[1, '施設予約簿', '予約']], '（B群－レベル1）', '様式', '情報資産台帳（財政課）')] },
    ]);
    expect(r.issues.filter((i) => i.code === 'CLASSIFICATION_CONFLICT').map((i) => [i.location.file, i.location.cell, i.department])).toEqual([
      ['a.xlsx', 'B5', '総務課'],
      ['b.xlsx', 'B4', '財政課'],
    ]);
  });
  it('does not fire when only the 群 differs', () => {
    expect(found(check([templateSheet([row(1, '会議録', 'A群', 'レベル1'), row(2, '会議録', 'B群', 'レベル2')])]), 'CLASSIFICATION_CONFLICT')).toEqual([]);
  });
});

describe('DEPARTMENT_DUPLICATE', () => {
  it('fires for two canonical ledgers of the same 課 (also across files)', () => {
    const r = checkBooks([
      { file: 'a.xlsx', sheets: [templateSheet([row(1, '会議録', 'B群', 'レベル2')])] },
      { file: 'b.xlsx', sheets: [templateSheet([row(1, '文書', 'B群', 'レベル2')], '台帳_総務課')] },
    ]);
    expect(r.issues.filter((i) => i.code === 'DEPARTMENT_DUPLICATE').map((i) => [i.location, i.params])).toEqual([
      [{ file: 'b.xlsx', sheet: '台帳_総務課', cell: null }, { department: '総務課', layout: 'template', group: null, level: null, firstFile: 'a.xlsx', firstSheet: '台帳_総務課' }],
    ]);
  });
  it('fires for two form sheets of the same (課, 群, レベル)', () => {
    const r = check([formSheet([[1, '会議録', '記録']], '（B群－レベル2）', '様式1'), formSheet([[1, '文書', '記録']], '(Ｂ群-レベル２)', '様式2')]);
    expect(found(r, 'DEPARTMENT_DUPLICATE')).toEqual([
      { cell: null, params: { department: '総務課', layout: 'form', group: 'B群', level: 'レベル2', firstFile: 'book.xlsx', firstSheet: '様式1' } },
    ]);
  });
  it('does not fire for the four form sheets of one 課, nor for two different 課', () => {
    const forms = ['（A群－レベル1）', '（A群－レベル2）', '（B群－レベル1）', '（B群－レベル2）'].map((l, i) => formSheet([[1, `資産${i}`, '記録']], l, `様式${i}`));
    expect(found(check(forms), 'DEPARTMENT_DUPLICATE')).toEqual([]);
    expect(found(check([templateSheet([row(1, 'a', 'B群', 'レベル2')]), { name: '台帳_財政課', rows: [['番号', '情報資産名', '内容', '群', 'レベル'], row(1, 'a', 'B群', 'レベル2')] }]), 'DEPARTMENT_DUPLICATE')).toEqual([]);
  });
});

describe('DEPARTMENT_NOT_SUBMITTED', () => {
  it('fires for each expected 課 without a ledger (compared ignoring width and spaces)', () => {
    const r = check([templateSheet([row(1, '会議録', 'B群', 'レベル2')])], { expectedDepartments: ['総務 課', '財政課', '', '財政課'] });
    expect(r.issues.filter((i) => i.code === 'DEPARTMENT_NOT_SUBMITTED').map((i) => [i.location, i.department, i.params])).toEqual([
      [{ file: null, sheet: null, cell: null }, '財政課', { department: '財政課' }],
    ]);
  });
  it('does not fire without a list', () => {
    expect(found(check([templateSheet([row(1, '会議録', 'B群', 'レベル2')])]), 'DEPARTMENT_NOT_SUBMITTED')).toEqual([]);
  });
});

describe('LEDGER_STALE', () => {
  const sheetUpdated = (updated: unknown) => ({ name: '台帳_総務課', rows: [['情報資産台帳（総務課）'], ['課名', '総務課', '更新日', updated as string], ['番号', '情報資産名', '内容', '群', 'レベル'], row(1, '会議録', 'B群', 'レベル2')] });
  it('fires when 更新日 is before April 1 of the current fiscal year', () => {
    const r = check([sheetUpdated('2024/3/31')], { today: '2024-04-01' });
    expect(found(r, 'LEDGER_STALE')).toEqual([{ cell: 'D2', params: { updatedOn: '2024-03-31', since: '2024-04-01' } }]);
  });
  it('uses the fiscal year: in March the year began the April before', () => {
    expect(found(check([sheetUpdated('令和5年4月1日')], { today: '2024-03-31' }), 'LEDGER_STALE')).toEqual([]);
    expect(found(check([sheetUpdated('R5.3.31')], { today: '2024-03-31' }), 'LEDGER_STALE')).toEqual([{ cell: 'D2', params: { updatedOn: '2023-03-31', since: '2023-04-01' } }]);
  });
  it('fires when 更新日 is missing or unreadable', () => {
    expect(found(check([sheetUpdated('そのうち')]), 'LEDGER_STALE')).toEqual([{ cell: 'D2', params: { updatedOn: null, since: '2024-04-01' } }]);
  });
  it('does not fire for a date in the current fiscal year', () => {
    expect(found(check([sheetUpdated('2024-04-01')], { today: '2025-03-31' }), 'LEDGER_STALE')).toEqual([]);
  });
});

describe('LEDGER_STALE on the 別記様式 form, which has no 更新日 cell: once per 課', () => {
  const form = (line: string, name: string, title = '情報資産台帳（企画課）', extra: CellValue[] = []) =>
    ({ name, rows: [[title], [line, null, ...extra], ['番号', '情報資産名', '内容'], [1, `${name}の資産`, '記録']] });
  const four = (extra: CellValue[] = []) => [
    form('（A群－レベル1）', 'A1'), form('（A群－レベル2）', 'A2', undefined, extra), form('（B群－レベル1）', 'B1'), form('（B群－レベル2）', 'B2'),
  ];
  const stale = (sheets: SheetInput[], today = '2024-05-01') =>
    check(sheets, { today }).issues.filter((i) => i.code === 'LEDGER_STALE').map((i) => ({ sheet: i.location.sheet, cell: i.location.cell, department: i.department, params: i.params }));

  it('a 課’s four forms without any 更新日: one finding, on its first form, that says how to record the date', () => {
    expect(stale(four())).toEqual([{ sheet: 'A1', cell: null, department: '企画課', params: { updatedOn: null, since: '2024-04-01', layout: 'form', sheets: 4 } }]);
  });
  it('a 更新日 written above any one form covers all of the 課’s forms', () => {
    expect(stale(four(['更新日', '2024/4/10']))).toEqual([]);
  });
  it('a stale 更新日 on one form: one finding, at that date', () => {
    expect(stale(four(['更新日', '2024/3/1']))).toEqual([{ sheet: 'A2', cell: 'D2', department: '企画課', params: { updatedOn: '2024-03-01', since: '2024-04-01', layout: 'form', sheets: 4 } }]);
  });
  it('the 課’s template ledger with a current 更新日 covers its forms; the ledger is still judged on its own', () => {
    const ledger = { name: '台帳_企画課', rows: [['情報資産台帳（企画課）'], ['課名', '企画課', '更新日', '2024/4/2'], ['番号', '情報資産名', '内容', '群', 'レベル'], row(1, '計画書', 'A群', 'レベル1')] };
    expect(stale([...four(), ledger])).toEqual([]);
    // Stale: the ledger's finding and its forms' fall on the same date cell, reported once.
    expect(stale([...four(), { ...ledger, rows: [ledger.rows[0]!, ['課名', '企画課', '更新日', '2023/4/2'], ...ledger.rows.slice(2)] }]).map((i) => [i.sheet, i.cell])).toEqual([
      ['台帳_企画課', 'D2'],
    ]);
  });
  it('each 課 once; a form without a 課 on its own', () => {
    const other = form('（B群－レベル2）', '様式_財政', '情報資産台帳（財政課）');
    const none = form('（A群－レベル1）', '様式_不明', '情報資産台帳（　　課）');
    expect(stale([...four(), other, none]).map((i) => [i.sheet, i.department, i.params['sheets']])).toEqual([
      ['A1', '企画課', 4],
      ['様式_財政', '財政課', 1],
      ['様式_不明', null, 1],
    ]);
  });
});

describe('LEDGER_NOT_FOUND and FILE_UNREADABLE', () => {
  it('LEDGER_NOT_FOUND for a file with no ledger sheet, at file level', () => {
    const r = checkWorkbooks([{ file: 'memo.xlsx', sheets: [{ name: 'Sheet1', rows: [['メモ']] }] }], { today: '2024-05-01' });
    expect(r.issues.map((i) => [i.code, i.severity, i.location, i.params])).toEqual([
      ['LEDGER_NOT_FOUND', 'warning', { file: 'memo.xlsx', sheet: null, cell: null }, { file: 'memo.xlsx', toolSheets: 0 }],
    ]);
  });
  it('LEDGER_NOT_FOUND for the open workbook (file null) when it is empty or holds no ledger: never a clean bill', () => {
    for (const sheets of [[], [{ name: 'Sheet1', rows: [] }], [{ name: 'Sheet1', rows: [['メモ']] }]]) {
      const r = checkWorkbooks([{ file: null, sheets }], { today: '2024-05-01' });
      expect(r.issues.map((i) => [i.code, i.severity, i.location, i.params])).toEqual([
        ['LEDGER_NOT_FOUND', 'warning', { file: null, sheet: null, cell: null }, { file: null, toolSheets: 0 }],
      ]);
      expect(r.counts).toEqual({ error: 0, warning: 1, info: 0 });
    }
  });
  it('LEDGER_NOT_FOUND counts the sheets this tool wrote, which are never ledgers (a summary fed back in)', () => {
    const summary = { name: '集計_資産一覧', rows: [['課', '番号', '情報資産名', '内容', '群', 'レベル', '元のセル'], ['総務課', 1, '会議録', '記録', 'A群', 'レベル2', '台帳_総務課!B8']] };
    const r = checkWorkbooks([{ file: 'summary.xlsx', sheets: [{ name: '集計', rows: [['情報資産台帳 集計']] }, summary] }], { today: '2024-05-01' });
    expect(r.ledgers).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([['LEDGER_NOT_FOUND', { file: 'summary.xlsx', toolSheets: 2 }]]);
  });
  it('not for a workbook with a ledger', () => {
    expect(found(check([templateSheet([row(1, '会議録', 'B群', 'レベル2')])]), 'LEDGER_NOT_FOUND')).toEqual([]);
    expect(found(check([templateSheet([row(1, '会議録', 'B群', 'レベル2')])], {}, null), 'LEDGER_NOT_FOUND')).toEqual([]);
  });
  it('fileUnreadableIssue builds the file-level error', () => {
    expect(fileUnreadableIssue('x.xlsx', 'encrypted')).toEqual({
      code: 'FILE_UNREADABLE', severity: 'error', location: { file: 'x.xlsx', sheet: null, cell: null }, department: null, params: { reason: 'encrypted' },
    });
  });
});

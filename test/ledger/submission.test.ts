/** 提出状況: per 課 on the list, 提出済み/未提出, where from, 更新日, current 年度 — the facts of two rules. */
import { hanamaki } from '../../src/ledger';
import type { SheetInput } from '../../src/ledger';
import { departmentList } from '../../src/ledger/departments';
import { currentYearStart, submissionStatus } from '../../src/ledger/submission';
import { checkBooks, formSheet } from './helpers';

/** A template ledger of `dept` with 更新日 `updated` (a string cell, or null for none). */
function ledger(dept: string, updated: string | null, name = `台帳_${dept}`): SheetInput {
  return {
    name,
    rows: [[`情報資産台帳（${dept}）`], ['課名', dept, ...(updated === null ? [] : ['更新日', updated])], [], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '紙', 'B群', 'レベル2']],
  };
}

const TODAY = '2025-06-01';

describe('submissionStatus', () => {
  const result = checkBooks([
    { file: 'somu.xlsx', sheets: [ledger('総務課', '2025/4/1')] },
    { file: 'zaisei.xlsx', sheets: [ledger('財政課', '2025/3/31')] },
    { file: 'kikaku.xlsx', sheets: [formSheet([[1, '予算書', '書類']], '（A群－レベル1）', 'A1', '情報資産台帳（企画課）'), formSheet([[1, '議事録', '紙']], '（B群－レベル2）', 'B2', '情報資産台帳（企画課）')] },
    { file: 'jinji.xlsx', sheets: [ledger('人事課', null)] },
    { file: 'x.xlsx', sheets: [ledger('税務課', '2025/5/1')] },
  ]);
  const status = submissionStatus(result, ['総務課', '財政課', '企画課', '人事課', '市民課', '総務 課'], { today: TODAY });

  it('gives one row per 課 of the list, in list order, a repeated 課 once', () => {
    expect(status.since).toBe('2025-04-01');
    expect(status.rows.map((r) => [r.department, r.submitted, r.files, r.updatedOn, r.current])).toEqual([
      ['総務課', true, ['somu.xlsx'], '2025-04-01', true],
      ['財政課', true, ['zaisei.xlsx'], '2025-03-31', false],
      // Form sheets carry no 更新日: the 課 is only as current as its oldest sheet.
      ['企画課', true, ['kikaku.xlsx'], null, false],
      ['人事課', true, ['jinji.xlsx'], null, false],
      ['市民課', false, [], null, null],
    ]);
  });

  it('lists each ledger of a 課 with its own 更新日 and whether it is current', () => {
    expect(status.rows[0]?.ledgers).toEqual([{ file: 'somu.xlsx', sheet: '台帳_総務課', layout: 'template', group: null, level: null, updatedOn: '2025-04-01', current: true }]);
    expect(status.rows[2]?.ledgers.map((l) => [l.sheet, l.layout, l.group, l.level, l.current])).toEqual([
      ['A1', 'form', 'A群', 'レベル1', false],
      ['B2', 'form', 'B群', 'レベル2', false],
    ]);
  });

  it('names the 課 that sent a ledger without being on the list', () => {
    expect(status.unlisted.map((r) => [r.department, r.files, r.updatedOn, r.current])).toEqual([['税務課', ['x.xlsx'], '2025-05-01', true]]);
  });

  it('compares the list with the ledgers ignoring width and spaces, keeping the list spelling', () => {
    const s = submissionStatus(result, [' 総務　課 ', 'ＸＹ課'], { today: TODAY });
    expect(s.rows.map((r) => [r.department, r.submitted])).toEqual([['総務　課', true], ['ＸＹ課', false]]);
  });

  it('takes the 年度 from the pack: a fiscal year starting in January makes 2025/3/31 current', () => {
    const january = { ...hanamaki, fiscalYearStartMonth: 1 };
    expect(currentYearStart(TODAY, january)).toBe('2025-01-01');
    expect(submissionStatus(result, ['財政課'], { today: TODAY, policy: january }).rows[0]?.current).toBe(true);
  });

  it('counts a ledger without 課 for no 課, and never throws on odd input', () => {
    const noDept = checkBooks([{ file: 'a.xlsx', sheets: [{ name: 'Sheet1', rows: [['番号', '情報資産名', '内容', '群', 'レベル'], [1, 'x', 'y', 'A群', 'レベル1']] }] }]);
    expect(submissionStatus(noDept, ['総務課'], { today: TODAY }).rows[0]?.submitted).toBe(false);
    expect(submissionStatus(noDept, ['総務課'], { today: TODAY }).unlisted).toEqual([]);
    const odd = [null, 7, { department: 3 }] as unknown as Parameters<typeof submissionStatus>[0];
    expect(submissionStatus(odd, [null, '', '総務課'] as unknown as string[], { today: TODAY }).rows.map((r) => r.department)).toEqual(['総務課']);
  });

  it('agrees with DEPARTMENT_NOT_SUBMITTED and LEDGER_STALE on the same check', () => {
    const checked = checkBooks(
      [
        { file: 'somu.xlsx', sheets: [ledger('総務課', '2025/4/1')] },
        { file: 'zaisei.xlsx', sheets: [ledger('財政課', '2024/4/1')] },
      ],
      { expectedDepartments: ['総務課', '財政課', '市民課', '福祉課'], today: TODAY },
    );
    const s = submissionStatus(checked, ['総務課', '財政課', '市民課', '福祉課'], { today: TODAY });
    const notSubmitted = checked.issues.filter((i) => i.code === 'DEPARTMENT_NOT_SUBMITTED').map((i) => i.department);
    expect(notSubmitted).toEqual(['市民課', '福祉課']);
    expect(s.rows.filter((r) => !r.submitted).map((r) => r.department)).toEqual(notSubmitted);
    const stale = checked.issues.filter((i) => i.code === 'LEDGER_STALE').map((i) => i.location.sheet);
    expect(stale).toEqual(['台帳_財政課']);
    expect(s.rows.flatMap((r) => r.ledgers.filter((l) => !l.current).map((l) => l.sheet))).toEqual(stale);
  });
  it('judges form sheets as LEDGER_STALE does: by the latest 更新日 of their 課', () => {
    const forms = [formSheet([[1, '予算書', '書類']], '（A群－レベル1）', 'A1', '情報資産台帳（企画課）'), formSheet([[1, '議事録', '紙']], '（B群－レベル2）', 'B2', '情報資産台帳（企画課）')];
    const checked = checkBooks([{ file: 'kikaku.xlsx', sheets: [...forms, ledger('企画課', '2025/4/2')] }], { expectedDepartments: ['企画課'], today: TODAY });
    expect(checked.issues.filter((i) => i.code === 'LEDGER_STALE')).toEqual([]);
    const s = submissionStatus(checked, ['企画課'], { today: TODAY });
    expect(s.rows[0]?.ledgers.map((l) => [l.sheet, l.updatedOn, l.current])).toEqual([
      ['A1', '2025-04-02', true],
      ['B2', '2025-04-02', true],
      ['台帳_企画課', '2025-04-02', true],
    ]);
    expect([s.rows[0]?.updatedOn, s.rows[0]?.current]).toEqual(['2025-04-02', true]);
  });
});


describe('departmentList', () => {
  it('keeps the first spelling of each 課 and reports repeats with both positions', () => {
    expect(departmentList(['総務課', ' 企画課 ', '', '総務　課', 'ＸＹ課', 'XY課'])).toEqual({
      departments: ['総務課', '企画課', 'ＸＹ課'],
      duplicates: [
        { name: '総務　課', index: 3, first: '総務課', firstIndex: 0 },
        { name: 'XY課', index: 5, first: 'ＸＹ課', firstIndex: 4 },
      ],
    });
  });
  it('ignores what is not a name', () => {
    expect(departmentList([1, null, '  '] as unknown[])).toEqual({ departments: [], duplicates: [] });
    expect(departmentList(null)).toEqual({ departments: [], duplicates: [] });
  });
});

import { checkWorkbook } from '../../src/excel/check';
import type { CheckWorkbookResult } from '../../src/excel/check';
import type { Failure } from '../../src/excel/failure';
import { markReviewed } from '../../src/excel/reviews';
import { REVIEW_HEADER, parseReviewMarks } from '../../src/excel/registry';
import { book, ledgerRows, measure, valuesOf } from './support';
import type { TestBook } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const TODAY = '2026-11-25';
const now = new Date(2026, 10, 25, 10, 0, 0);

function checked(r: CheckWorkbookResult | Failure): CheckWorkbookResult {
  if (r.status !== 'checked') throw new Error(`${r.kind}: ${r.detail}`);
  return r;
}

const ledger = () => book({ 台帳_総務課: ledgerRows('総務課', [[1, '住民説明会の案内', '広報用チラシ', 'B群', 'レベル2']], 46174) });

describe('確認済み (review marks)', () => {
  test('a reviewed keyword warning is listed apart, with its reason, and stored in the hidden registry sheet', async () => {
    t = ledger();
    const first = checked(await checkWorkbook({ today: TODAY }));
    const warning = first.open.find((i) => i.code === 'LEVEL1_SUSPECTED');
    expect(warning?.location).toEqual({ file: null, sheet: '台帳_総務課', cell: 'E6' });
    t.runtime.stats.reset();
    const marked = await markReviewed({ issue: warning!, reason: '公開資料のため', reviewer: '花巻 太郎', result: first.result, now });
    expect(marked).toMatchObject({
      status: 'marked',
      mark: { sheet: '台帳_総務課', row: 6, code: 'LEVEL1_SUSPECTED', reason: '公開資料のため', reviewedAt: '2026-11-25 10:00:00', reviewer: '花巻 太郎' },
    });
    expect(measure(t.runtime).syncs).toBe(3);
    const registry = t.runtime.workbook.sheetByName('_確認済み')!;
    expect(registry.visibility).toBe('Hidden');
    expect(valuesOf(t.runtime, '_確認済み')[0]).toEqual([...REVIEW_HEADER]);
    // Who, when and why are kept with the mark in the workbook.
    expect(valuesOf(t.runtime, '_確認済み')[1]).toEqual(['台帳_総務課', 6, 'LEVEL1_SUSPECTED', expect.any(String), '公開資料のため', '2026-11-25 10:00:00', '花巻 太郎']);

    const second = checked(await checkWorkbook({ today: TODAY }));
    expect(second.open.map((i) => i.code)).toEqual([]);
    expect(second.reviewed.map((r) => [r.issue.code, r.mark.reason, r.mark.reviewer])).toEqual([['LEVEL1_SUSPECTED', '公開資料のため', '花巻 太郎']]);
    expect(second.lapsed).toEqual([]);
    expect(second.result.issues.map((i) => i.code)).toEqual(['LEVEL1_SUSPECTED']);
  });

  test('the mark lapses as soon as the row changes', async () => {
    t = ledger();
    const first = checked(await checkWorkbook({ today: TODAY }));
    const warning = first.open.find((i) => i.code === 'LEVEL1_SUSPECTED')!;
    await markReviewed({ issue: warning, reason: '公開資料のため', reviewer: '花巻 太郎', result: first.result, now });
    t.runtime.userEdit('台帳_総務課', 'C6', '住民向けの広報用チラシ');
    const after = checked(await checkWorkbook({ today: TODAY }));
    expect(after.open.map((i) => i.code)).toEqual(['LEVEL1_SUSPECTED']);
    expect(after.reviewed).toEqual([]);
    expect(after.lapsed.map((m) => [m.sheet, m.row, m.reason])).toEqual([['台帳_総務課', 6, '公開資料のため']]);
  });

  test('only keyword warnings can be reviewed, and only with a reason and the reviewer\'s name', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '内容', 'C群', 'レベル2']], 46174) });
    const r = checked(await checkWorkbook({ today: TODAY }));
    const error = r.result.issues.find((i) => i.code === 'GROUP_INVALID')!;
    expect(await markReviewed({ issue: error, reason: '理由', reviewer: '花巻 太郎', result: r.result })).toMatchObject({ status: 'notReviewable' });
    t.uninstall();
    t = ledger();
    const k = checked(await checkWorkbook({ today: TODAY }));
    const warning = k.open.find((i) => i.code === 'LEVEL1_SUSPECTED')!;
    expect(await markReviewed({ issue: warning, reason: '  ', reviewer: '花巻 太郎', result: k.result })).toEqual({
      status: 'notReviewable',
      message: '確認済みにする理由を入力してください',
    });
    expect(await markReviewed({ issue: warning, reason: '公開資料のため', reviewer: ' ', result: k.result })).toEqual({
      status: 'notReviewable',
      message: '確認者の名前を入力してください',
    });
    expect(t.runtime.workbook.sheetByName('_確認済み')).toBeUndefined();
  });
});

describe('the review registry', () => {
  it('reads who reviewed from the 確認者 column, and a registry written before that column without it', () => {
    const rows = [
      ['シート', '行', 'コード', '指紋', '理由', '確認日時'],
      ['台帳_総務課', 5, 'LEVEL1_SUSPECTED', 'aaaa', '写しのみ', '2024-05-01 09:00'],
      ['台帳_総務課', 6, 'LEVEL1_SUSPECTED', 'bbbb', '控えのみ', '2024-05-02 09:00', '花巻 太郎'],
    ];
    expect(parseReviewMarks(rows).map((m) => [m.row, m.reviewer])).toEqual([
      [5, undefined],
      [6, '花巻 太郎'],
    ]);
  });

  it('an older registry gets the 確認者 heading with the first named mark', async () => {
    t = ledger();
    const old = t.runtime.workbook.addSheet('_確認済み');
    old.visibility = 'Hidden';
    t.runtime.userEdit('_確認済み', 'A1:F1', [['シート', '行', 'コード', '指紋', '理由', '確認日時']]);
    const first = checked(await checkWorkbook({ today: TODAY }));
    const warning = first.open.find((i) => i.code === 'LEVEL1_SUSPECTED')!;
    await markReviewed({ issue: warning, reason: '公開資料のため', reviewer: '花巻 太郎', result: first.result, now });
    expect(valuesOf(t.runtime, '_確認済み')).toEqual([
      [...REVIEW_HEADER],
      ['台帳_総務課', 6, 'LEVEL1_SUSPECTED', expect.any(String), '公開資料のため', '2026-11-25 10:00:00', '花巻 太郎'],
    ]);
  });

  it('keeps marks for other content on the same row (they follow moved rows); the same content marked again replaces its mark', () => {
    const rows = [
      [...REVIEW_HEADER],
      ['台帳_総務課', 5, 'LEVEL1_SUSPECTED', 'aaaa', '写しのみ', '2024-05-01 09:00'],
      ['台帳_総務課', 5, 'LEVEL1_SUSPECTED', 'bbbb', '控えのみ', '2024-05-02 09:00'],
      ['台帳_総務課', 5, 'LEVEL1_SUSPECTED', 'aaaa', '写しのみ（再確認）', '2024-05-03 09:00'],
      ['', 6, 'LEVEL1_SUSPECTED', 'cccc', '行なし', '2024-05-03 09:00'],
    ];
    expect(parseReviewMarks(rows).map((m) => [m.row, m.fingerprint, m.reason])).toEqual([
      [5, 'bbbb', '控えのみ'],
      [5, 'aaaa', '写しのみ（再確認）'],
    ]);
  });
});

/**
 * The yearly cycle's sheets of the summary (issue 12) as layout rows, before any writer: 提出状況 from the
 * submission status, 前年度比較 and 前年度比較_明細 from the year comparison — what the CLI and the add-in both write.
 */
import { consolidate, isToolSheetName } from '../../src/ledger';
import type { SheetInput } from '../../src/ledger';
import { compareYears } from '../../src/ledger/compare';
import type { ComparedAsset } from '../../src/ledger/compare';
import { submissionStatus } from '../../src/ledger/submission';
import { layoutSheets, summaryLayout } from '../../src/xlsx/summary-layout';
import type { LayoutSheet, MakeLink } from '../../src/xlsx/summary-layout';
import { readSummaryAssets } from '../../src/xlsx/summary-read';
import { checkBooks, formSheet } from '../ledger/helpers';

type Link = { link: string };
const link: MakeLink<Link> = (file, sheet, cell, text) => ({ link: `${file ?? ''}|${sheet}!${cell}|${text}` });
const rowsOf = (sheet: LayoutSheet<Link> | null) => (sheet ? Array.from({ length: sheet.count }, (_, i) => [...sheet.row(i)]) : null);

function ledger(dept: string, updated: string | null, assets: (string | number)[][] = [[1, '会議録', '紙', 'B群', 'レベル2']]): SheetInput {
  return {
    name: `台帳_${dept}`,
    rows: [[`情報資産台帳（${dept}）`], ['課名', dept, ...(updated === null ? [] : ['更新日', updated])], [], ['番号', '情報資産名', '内容', '群', 'レベル'], ...assets],
  };
}

const TODAY = '2025-06-01';
const result = checkBooks(
  [
    { file: 'R7/総務課.xlsx', sheets: [ledger('総務課', '2025/4/1')] },
    { file: 'R7/財政課.xlsx', sheets: [ledger('財政課', '2025/3/31')] },
    { file: 'R7/企画課.xlsx', sheets: [formSheet([[1, '予算書', '書類']], '（A群－レベル1）', 'A1', '情報資産台帳（企画課）'), formSheet([[1, '議事録', '紙']], '（B群－レベル2）', 'B2', '情報資産台帳（企画課）')] },
    { file: 'R7/税務課.xlsx', sheets: [ledger('税務課', '2025/5/1')] },
  ],
  { today: TODAY },
);
const summary = consolidate(result, { generatedAt: '2025-06-01 10:00:00' });

describe('提出状況', () => {
  const status = submissionStatus(result, ['総務課', '財政課', '企画課', '市民課'], { today: TODAY });

  test('counts, then one row per listed 課 in list order, then the 課 not on the list apart', () => {
    const sheet = summaryLayout(summary, result.issues, 'ja', link, { submission: status }).submission;
    expect(sheet?.name).toBe('提出状況');
    expect(rowsOf(sheet)).toEqual([
      ['提出状況'],
      ['作成日時', '2025-06-01 10:00:00'],
      ['今年度の始まり', '2025-04-01'],
      ['提出済み', 3],
      ['未提出', 1],
      ['更新日が今年度でない', 2],
      [],
      ['課', '状況', '更新日', '今年度', 'ファイル', 'シート'],
      ['総務課', '提出済み', '2025-04-01', 'はい', 'R7/総務課.xlsx', '台帳_総務課'],
      ['財政課', '提出済み', '2025-03-31', 'いいえ', 'R7/財政課.xlsx', '台帳_財政課'],
      // Form sheets have no 更新日 of their own: （なし）, so not current — as LEDGER_STALE says. Two sheets, one per line.
      ['企画課', '提出済み', '（なし）', 'いいえ', 'R7/企画課.xlsx', 'A1\nB2'],
      ['市民課', '未提出', null, null, null, null],
      [],
      ['課の一覧にない課（一覧の書き誤りか、新しい課）'],
      ['税務課', '提出済み', '2025-05-01', 'はい', 'R7/税務課.xlsx', '台帳_税務課'],
    ]);
  });

  test('agrees with the rules of the same check: 未提出 is DEPARTMENT_NOT_SUBMITTED, いいえ is LEDGER_STALE', () => {
    const checked = checkBooks(
      [
        { file: 'a.xlsx', sheets: [ledger('総務課', '2025/4/1')] },
        { file: 'b.xlsx', sheets: [ledger('財政課', '2025/3/31')] },
      ],
      { today: TODAY, expectedDepartments: ['総務課', '財政課', '市民課'] },
    );
    const rows = rowsOf(summaryLayout(consolidate(checked, { generatedAt: 'x' }), checked.issues, 'ja', link, { submission: submissionStatus(checked, ['総務課', '財政課', '市民課'], { today: TODAY }) }).submission) ?? [];
    const table = rows.slice(8);
    expect(table.filter((r) => r[1] === '未提出').map((r) => r[0])).toEqual(checked.issues.filter((i) => i.code === 'DEPARTMENT_NOT_SUBMITTED').map((i) => i.department));
    expect(table.filter((r) => r[3] === 'いいえ').map((r) => r[0])).toEqual(checked.issues.filter((i) => i.code === 'LEDGER_STALE').map((i) => i.department));
  });

  test('bold header, A4 landscape with the header repeated, files and sheets wrapped; English labels, Japanese sheet name', () => {
    const sheet = summaryLayout(summary, [], 'en', link, { submission: submissionStatus(result, ['総務課'], { today: TODAY }) }).submission;
    expect(sheet?.print).toEqual({ orientation: 'landscape', titleRow: 7 });
    expect([...(sheet?.styles ?? [])]).toEqual([[0, 'title'], [7, 'bold'], [10, 'bold']]); // 10: the heading of the 課 not on the list
    expect(sheet?.wrap).toEqual([4, 5]);
    expect(sheet?.freeze).toEqual({ rows: 8, cols: 1 });
    expect(sheet?.name).toBe('提出状況');
    expect(rowsOf(sheet)?.slice(3, 9)).toEqual([
      ['Submitted', 1],
      ['Not submitted', 0],
      ['Not updated this fiscal year', 0],
      [],
      ['Department', 'Status', 'Updated', 'This fiscal year', 'File', 'Sheet'],
      ['総務課', 'Submitted', '2025-04-01', 'Yes', 'R7/総務課.xlsx', '台帳_総務課'],
    ]);
  });

  test('without a list there is no 提出状況, and without last year no 前年度比較', () => {
    const layout = summaryLayout(summary, [], 'ja', link);
    expect([layout.submission, layout.comparison, layout.changes]).toEqual([null, null, null]);
    expect(layoutSheets(layout).map((s) => s.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項']);
  });
});

describe('前年度比較', () => {
  const asset = (department: string, name: string, content: string, group: string | null, level: string | null, number: number, source: ComparedAsset['source'] = null): ComparedAsset => ({
    department,
    name,
    content,
    group,
    level,
    number,
    source,
  });
  const last = [
    asset('総務課', '住民基本台帳', '住民の記録', 'A群', 'レベル1', 1),
    asset('総務課', '会議録', '紙の会議録', 'B群', 'レベル2', 2),
    asset('総務課', '職員名簿', '人事の名簿', 'A群', 'レベル2', 3),
    asset('企画課', '予算書', '紙', 'B群', 'レベル1', 1, { file: 'R6/企画課.xlsx', sheet: '台帳_企画課', cell: 'B5' }),
  ];
  const at = (cell: string) => ({ file: 'R7/総務課.xlsx', sheet: '台帳_総務課', cell });
  const now = [
    asset('総務課', '住民基本台帳', '住民の記録', 'A群', 'レベル1', 1, at('B5')),
    asset('総務課', '会議録', '=製本した会議録', 'B群', 'レベル2', 2, at('B6')),
    asset('総務課', '職員名簿', '人事と給与の名簿', 'A群', 'レベル1', 3, at('B7')),
    asset('総務課', 'ファイルサーバ', '共有フォルダ', 'A群', null, 4, at('B8')),
  ];
  const comparison = compareYears({ assets: now }, { assets: last });
  const layout = summaryLayout(summary, [], 'ja', link, { comparison: { comparison, previous: ['前年度の集計.xlsx'] } });

  test('per 課 the counts and the matrix change, a total row, then both years per 群－レベル', () => {
    expect(layout.comparison?.name).toBe('前年度比較');
    expect(rowsOf(layout.comparison)).toEqual([
      ['前年度比較'],
      ['作成日時', '2025-06-01 10:00:00'],
      ['前年度の集計', '前年度の集計.xlsx'],
      [null, null, null, null, null, null, null, null, null, '群－レベル別の増減（今年度－前年度）'],
      ['課', '状況', '前年度', '今年度', '追加', '削除', '分類変更', '内容変更', '変更なし', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類'],
      ['企画課', '今年度なし', 1, 0, 0, 1, 0, 0, 0, 0, 0, -1, 0, 0],
      ['総務課', '継続', 3, 4, 1, 0, 1, 1, 1, 1, -1, 0, 0, 1],
      ['合計', null, 4, 4, 1, 1, 1, 1, 1, 1, -1, -1, 0, 1],
      [],
      ['群－レベル', '前年度', '今年度', '増減'],
      ['A群－レベル1', 1, 2, 1],
      ['A群－レベル2', 1, 0, -1],
      ['B群－レベル1', 1, 0, -1],
      ['B群－レベル2', 1, 1, 0],
      ['未分類', 0, 1, 1],
      ['計', 4, 4, 0],
    ]);
    expect([...(layout.comparison?.styles ?? [])]).toEqual([[0, 'title'], [4, 'bold'], [7, 'bold'], [9, 'bold']]);
    expect(layout.comparison?.print).toEqual({ orientation: 'landscape', titleRow: 4 });
  });

  test('明細: every changed asset with both years’ 群－レベル and 内容, linked to this year’s cell (last year’s for a removed one)', () => {
    expect(layout.changes?.name).toBe('前年度比較_明細');
    expect(rowsOf(layout.changes)).toEqual([
      ['課', '変更', '番号', '情報資産名', '前年度の群－レベル', '今年度の群－レベル', '前年度の内容', '今年度の内容', '元のセル'],
      ['企画課', '削除', 1, '予算書', 'B群－レベル1', null, '紙', null, { link: 'R6/企画課.xlsx|台帳_企画課!B5|企画課.xlsx 台帳_企画課!B5' }],
      ['総務課', '追加', 4, 'ファイルサーバ', null, '未分類', null, '共有フォルダ', { link: 'R7/総務課.xlsx|台帳_総務課!B8|総務課.xlsx 台帳_総務課!B8' }],
      ['総務課', '分類・内容変更', 3, '職員名簿', 'A群－レベル2', 'A群－レベル1', '人事の名簿', '人事と給与の名簿', { link: 'R7/総務課.xlsx|台帳_総務課!B7|総務課.xlsx 台帳_総務課!B7' }],
      // Formula-looking text is data: the writers keep it as text.
      ['総務課', '内容変更', 2, '会議録', 'B群－レベル2', 'B群－レベル2', '紙の会議録', '=製本した会議録', { link: 'R7/総務課.xlsx|台帳_総務課!B6|総務課.xlsx 台帳_総務課!B6' }],
    ]);
    expect(layout.changes?.filter).toEqual({ row: 0, cols: 9 });
    expect(layout.changes?.print).toEqual({ orientation: 'landscape', titleRow: 0 });
  });

  test('an asset read from last year’s summary has no cell: no link', () => {
    const c = compareYears({ assets: [] }, { assets: [asset('総務課', '会議録', '紙', 'B群', 'レベル2', 1)] });
    const rows = rowsOf(summaryLayout(summary, [], 'ja', link, { comparison: { comparison: c, previous: ['a.xlsx'] } }).changes);
    expect(rows?.[1]).toEqual(['総務課', '削除', 1, '会議録', 'B群－レベル2', null, '紙', null, null]);
  });

  test('the sheets follow the summary’s three, are the tool’s own, and next year’s --previous still finds 集計_資産一覧', () => {
    const all = summaryLayout(summary, result.issues, 'ja', link, {
      submission: submissionStatus(result, ['総務課'], { today: TODAY }),
      comparison: { comparison, previous: ['前年度の集計.xlsx'] },
    });
    const sheets = layoutSheets(all);
    expect(sheets.map((s) => s.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項', '提出状況', '前年度比較', '前年度比較_明細']);
    expect(sheets.every((s) => isToolSheetName(s.name))).toBe(true);
    // The detail list first, as a summary moved around might have it: still not taken for the asset list.
    const text = (c: unknown) => (c !== null && typeof c === 'object' ? (c as Link).link : (c as string | number | null));
    const book = [all.changes, all.assets].map((s) => ({ name: s?.name ?? '', rows: rowsOf(s)?.map((r) => r.map(text)) ?? [] }));
    expect(readSummaryAssets({ file: 'x.xlsx', sheets: book })?.sheet).toBe('集計_資産一覧');
  });

  test('English labels; 未分類 as Unclassified', () => {
    const en = summaryLayout(summary, [], 'en', link, { comparison: { comparison, previous: ['last.xlsx'] } });
    expect(rowsOf(en.comparison)?.[4]).toEqual(['Department', 'Status', 'Last year', 'This year', 'Added', 'Removed', 'Reclassified', 'Content changed', 'Unchanged', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', 'Unclassified']);
    expect(rowsOf(en.changes)?.[2]?.slice(0, 6)).toEqual(['総務課', 'Added', 4, 'ファイルサーバ', null, 'Unclassified']);
  });
});

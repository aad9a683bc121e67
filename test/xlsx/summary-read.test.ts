/** Reading back a summary's asset list (for --from and --previous): found by structure, not by name or place. */
import { checkWorkbooks, consolidate } from '../../src/ledger';
import type { CellValue, SheetInput } from '../../src/ledger';
import { nodeDeflate } from '../../src/cli/deflate';
import { readXlsx } from '../../src/xlsx/read';
import { readSummaryAssets } from '../../src/xlsx/summary-read';
import { writeSummary } from '../../src/xlsx/summary';

const LEDGER: SheetInput = {
  name: '台帳_総務課',
  rows: [
    ['情報資産台帳（総務課）'],
    ['課名', '総務課', '更新日', '2025/4/1'],
    ['番号', '情報資産名', '内容', '群', 'レベル'],
    [1, '住民基本台帳', '住民の記録', 'A群', 'レベル1'],
    [2, '=SUM(A1)', '0012', 'C群', 'レベル2'],
  ],
};
const NO_DEPT: SheetInput = { name: 'Sheet1', rows: [['番号', '情報資産名', '内容', '群', 'レベル'], [1, '謎', '?', 'B群', 'レベル2']] };

async function cliSummary(locale: 'ja' | 'en'): Promise<Uint8Array> {
  const result = checkWorkbooks([{ file: 'somu.xlsx', sheets: [LEDGER] }, { file: 'x.xlsx', sheets: [NO_DEPT] }], { today: '2025-06-01' });
  return writeSummary(consolidate(result, { generatedAt: '2025-06-01T00:00:00Z' }), result, locale, { deflate: nodeDeflate });
}

describe('readSummaryAssets', () => {
  test.each(['ja', 'en'] as const)('reads the CLI summary’s asset list (labels in %s): 課, 番号, texts as written, no-課 rows as ""', async (locale) => {
    const list = readSummaryAssets(await readXlsx(await cliSummary(locale), 'last.xlsx'));
    expect(list?.sheet).toBe('集計_資産一覧');
    expect(list?.headerRow).toBe(1);
    expect(list?.keys).toEqual(['number', 'name', 'content', 'group', 'level']);
    expect(list?.assets).toEqual([
      { department: '総務課', number: 1, values: { name: '住民基本台帳', content: '住民の記録', group: 'A群', level: 'レベル1' } },
      // An invalid 群 is written to the summary as an empty cell.
      { department: '総務課', number: 2, values: { name: '=SUM(A1)', content: '0012', group: '', level: 'レベル2' } },
      { department: '', number: 1, values: { name: '謎', content: '?', group: 'B群', level: 'レベル2' } },
    ]);
  });

  test('finds the list of the add-in’s 集計 below the matrix, ending at its first blank row', () => {
    const rows: CellValue[][] = [
      ['情報資産台帳 集計'],
      ['作成日時', '2025-06-01 09:00'],
      ['ポリシー', 'hanamaki 1'],
      [],
      ['課', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '計', 'エラー', '警告'],
      ['総務課', 1, 0, 0, 0, 1, 0, 0],
      ['合計', 1, 0, 0, 0, 1, 0, 0],
      [],
      ['資産一覧'],
      ['課', '番号', '情報資産名', '内容', '群', 'レベル', '元のセル'],
      ['総務課', 1, '住民基本台帳', '住民の記録', 'A群', 'レベル1', '台帳_総務課!B4'],
      [],
      ['備考', 'これは一覧ではない'],
    ];
    const list = readSummaryAssets({ file: 's.xlsx', sheets: [{ name: '集計', rows }] });
    expect(list?.headerRow).toBe(10);
    expect(list?.assets).toEqual([{ department: '総務課', number: 1, values: { name: '住民基本台帳', content: '住民の記録', group: 'A群', level: 'レベル1' } }]);
  });

  test('a moved list (header variants, another column order, a used range not at A1) and optional columns', () => {
    const sheet: SheetInput = {
      name: '一覧',
      origin: { row: 4, col: 2 },
      rows: [
        ['課', 'No.', '資産名', 'レベル', '群', '概要', '個人情報', '管理責任者'],
        ['企画課', '３', '予算書', 'Lv2', 'B', '紙', '有', '課長'],
      ],
    };
    const list = readSummaryAssets({ file: null, sheets: [LEDGER, sheet] });
    expect(list?.sheet).toBe('一覧');
    expect(list?.headerRow).toBe(5);
    expect(list?.keys).toEqual(['number', 'name', 'level', 'group', 'content', 'personalInfo', 'manager']);
    expect(list?.assets).toEqual([
      { department: '企画課', number: 3, values: { name: '予算書', level: 'Lv2', group: 'B', content: '紙', personalInfo: '有', manager: '課長' } },
    ]);
  });

  test('is null for a workbook with no such list: ledgers, the findings sheet, a tagged ledger with a 課 column', () => {
    expect(readSummaryAssets({ file: 'a.xlsx', sheets: [LEDGER, NO_DEPT] })).toBeNull();
    const findings: SheetInput = { name: '指摘事項', rows: [['重要度', 'コード', '課', 'ファイル', 'シート', 'セル', '内容']] };
    expect(readSummaryAssets({ file: 'a.xlsx', sheets: [findings] })).toBeNull();
    const tagged: SheetInput = {
      name: '台帳_総務課',
      rows: [['課', '番号', '情報資産名', '内容', '群', 'レベル'], ['総務課', 1, 'x', 'y', 'A群', 'レベル1']],
      tag: { policyId: 'hanamaki', templateVersion: '1', department: '総務課' },
    };
    expect(readSummaryAssets({ file: 'a.xlsx', sheets: [tagged] })).toBeNull();
    expect(readSummaryAssets({ file: 'a.xlsx', sheets: [] })).toBeNull();
    expect(readSummaryAssets(null as unknown as { file: null; sheets: [] })).toBeNull();
  });
});

/**
 * No sheet we write passes Excel's 1,048,576 rows or 16,384 columns ("Excel specifications and limits"):
 * the summary's lists go on over further sheets, anything else is refused before a byte is written.
 */
import type { CheckResult, Consolidation } from '../../src/ledger';
import { buildXlsx } from '../../src/xlsx/book-xml';
import { readXlsx } from '../../src/xlsx/read';
import { EXCEL_MAX_ROWS, SheetTooLarge, splitRows } from '../../src/xlsx/sheet-split';
import type { OutCell, OutSheet, RowSource } from '../../src/xlsx/sheet-xml';
import { writeSummary } from '../../src/xlsx/summary';

const rowsOf = (s: OutSheet): RowSource => s.rows as RowSource;

describe('splitRows', () => {
  test('two files of a million assets each: 2,097,145 rows become sheets of 1,048,576 and 1,048,570, every row once, in order', () => {
    const all: RowSource = { count: 2_097_145, row: (i) => (i === 0 ? ['課', '番号'] : ['総務課', i]) };
    const parts = splitRows({ name: '資産一覧', rows: all, rowStyles: new Map([[0, 1]]), autoFilter: 'A1:G2097145', freeze: { rows: 1, cols: 0 } });
    expect(parts.map((p) => [p.name, rowsOf(p).count, p.autoFilter, [...(p.rowStyles ?? [])], p.freeze])).toEqual([
      ['資産一覧', EXCEL_MAX_ROWS, 'A1:G1048576', [[0, 1]], { rows: 1, cols: 0 }],
      ['資産一覧 (2)', 1_048_570, 'A1:G1048570', [[0, 1]], { rows: 1, cols: 0 }],
    ]);
    const [first, second] = parts.map(rowsOf);
    expect([first?.row(0), first?.row(1), first?.row(EXCEL_MAX_ROWS - 1)]).toEqual([['課', '番号'], ['総務課', 1], ['総務課', 1_048_575]]);
    expect([second?.row(0), second?.row(1), second?.row(1_048_569)]).toEqual([['課', '番号'], ['総務課', 1_048_576], ['総務課', 2_097_144]]);
  });

  test('a sheet that fits is returned as it is', () => {
    const sheet: OutSheet = { name: 'x', rows: [['a'], ['b']] };
    expect(splitRows(sheet)).toEqual([sheet]);
  });
});

describe('buildXlsx refuses a sheet past the grid', () => {
  test('1,048,577 rows', async () => {
    const rows: RowSource = { count: EXCEL_MAX_ROWS + 1, row: () => [] };
    await expect(buildXlsx([{ name: '大きい', rows }], null)).rejects.toEqual(new SheetTooLarge('大きい', EXCEL_MAX_ROWS + 1, 0));
  });
  test('16,385 columns', async () => {
    const wide: OutCell[] = new Array<OutCell>(16_385).fill('x');
    await expect(buildXlsx([{ name: '広い', rows: [wide] }], null)).rejects.toMatchObject({ name: 'SheetTooLarge', columns: 16_385 });
  });
});

test('the summary goes on over 資産一覧 (2), (3)… and 指摘事項 (2)…: every asset and finding once, headers on each', async () => {
  const assets: Consolidation['assets'] = Array.from({ length: 7 }, (_, i) => ({
    department: '総務課',
    number: i + 1,
    name: `資産${i + 1}`,
    content: '記録',
    group: 'B群',
    level: 'レベル2',
    source: { file: '総務課.xlsx', sheet: '台帳_総務課', cell: `B${i + 5}` },
  }));
  const c: Consolidation = {
    policy: { id: 'hanamaki', version: '1' },
    generatedAt: '2025-06-01T00:00:00.000Z',
    categories: ['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2'],
    rows: [{ department: '総務課', counts: [0, 0, 0, 7], unclassified: 0, total: 7, errors: 0, warnings: 5 }],
    totals: { counts: [0, 0, 0, 7], unclassified: 0, total: 7, errors: 0, warnings: 5 },
    assets,
  };
  const issues = Array.from({ length: 5 }, (_, i) => ({
    code: 'TEXT_UNTRIMMED' as const,
    severity: 'info' as const,
    location: { file: '総務課.xlsx', sheet: '台帳_総務課', cell: `C${i + 5}` },
    department: '総務課',
    params: { column: '内容', value: ' 記録' },
  }));
  const result = { policy: c.policy, ledgers: [], issues, counts: { error: 0, warning: 0, info: 5 } } as CheckResult;
  const book = await readXlsx(await writeSummary(c, result, 'ja', { maxRows: 4 }), 's.xlsx');
  expect(book.sheets.map((s) => [s.name, s.rows.length])).toEqual([
    ['集計', 7],
    ['集計_資産一覧', 4],
    ['集計_資産一覧 (2)', 4],
    ['集計_資産一覧 (3)', 2],
    ['集計_指摘事項', 4],
    ['集計_指摘事項 (2)', 3],
  ]);
  const listed = book.sheets.filter((s) => s.name.startsWith('集計_資産一覧')).flatMap((s) => s.rows.slice(1).map((r) => r[2]));
  expect(listed).toEqual(assets.map((a) => a.name));
  expect(book.sheets.filter((s) => s.name.startsWith('集計_資産一覧')).map((s) => s.rows[0]?.[0])).toEqual(['課', '課', '課']);
  const cells = book.sheets.filter((s) => s.name.startsWith('集計_指摘事項')).flatMap((s) => s.rows.slice(1).map((r) => r[6]));
  expect(cells).toEqual(['C5', 'C6', 'C7', 'C8', 'C9']);
});

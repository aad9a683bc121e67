import { checkWorkbook } from '../../src/excel/check';
import { detectFeatures } from '../../src/excel/requirements';
import { readSnapshot } from '../../src/excel/snapshot';
import type { CheckWorkbookResult } from '../../src/excel/check';
import type { Failure } from '../../src/excel/failure';
import { book, ledgerRows, MB4, measure } from './support';
import type { TestBook, TestCell } from './support';

let t: TestBook;
afterEach(() => t.uninstall());

const TODAY = '2026-11-25';
const UPDATED = 46174; // 2026-06-01, in the current 年度

function checked(r: CheckWorkbookResult | Failure): CheckWorkbookResult {
  if (r.status !== 'checked') throw new Error(`${r.kind}: ${r.detail}`);
  return r;
}
const brief = (r: CheckWorkbookResult) => r.result.issues.map((i) => [i.code, i.location.sheet, i.location.cell]);

describe('検証する: reading the workbook for the engine', () => {
  test('one ledger with bad values: the issues, in 2 syncs (a small sheet lies wholly in the first 30 rows)', async () => {
    t = book({
      台帳_総務課: ledgerRows(
        '総務課',
        [
          [1, '会議録', '課内会議の記録', 'A群', 'レベル2'],
          [2, '住民票の写し', '窓口で受け付けた申請書', 'C群', 'レベル1'],
          [2, '職員名簿', '人事の資料', 'B群', { error: '#N/A' }],
        ],
        UPDATED,
      ),
    });
    t.runtime.stats.reset();
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(brief(r)).toEqual([
      ['GROUP_INVALID', '台帳_総務課', 'D7'],
      ['NUMBER_DUPLICATE', '台帳_総務課', 'A8'],
      ['CELL_ERROR', '台帳_総務課', 'E8'],
    ]);
    expect(r.result.ledgers.map((l) => [l.sheet, l.department, l.updatedOn])).toEqual([['台帳_総務課', '総務課', '2026-06-01']]);
    const m = measure(t.runtime);
    expect(m.syncs).toBe(2);
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
  });

  test('a ledger longer than 30 rows takes the third sync for the rows below', async () => {
    const assets = Array.from({ length: 40 }, (_, i) => [i + 1, `資産${i + 1}`, '内容', 'A群', 'レベル2'] as TestCell[]);
    assets[35] = [36, '資産36', '内容', 'A群', 'レベル9'];
    t = book({ 台帳_総務課: ledgerRows('総務課', assets, UPDATED) });
    t.runtime.stats.reset();
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(brief(r)).toEqual([['LEVEL_INVALID', '台帳_総務課', 'E41']]);
    expect(measure(t.runtime).syncs).toBe(3);
  });

  test('a date-formatted 更新日 is read as a date; before April 1 of this 年度 it is stale', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']], 46112) });
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers[0]?.updatedOn).toBe('2026-03-31');
    expect(brief(r)).toEqual([['LEDGER_STALE', '台帳_総務課', expect.anything()]]);
  });

  test('sheet names with spaces, quotes and 31 characters are read and reported as they are (SPEC §10)', async () => {
    const long = `台帳_${'あ'.repeat(28)}`;
    expect(long).toHaveLength(31);
    t = book({
      "It's 課": ledgerRows('企画課', [[1, '会議録', '内容', 'Ａ', 'レベル2']], UPDATED),
      [long]: ledgerRows('財政課', [[1, '予算書', '内容', 'B群', 'レベル3']], UPDATED),
    });
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(brief(r)).toEqual([
      ['VALUE_NOT_CANONICAL', "It's 課", 'D6'],
      ['LEVEL_INVALID', long, 'E6'],
    ]);
  });

  test('a million rows of formatting below the table cost nothing: values-only used range', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']], UPDATED) });
    const sheet = t.runtime.workbook.sheetByName('台帳_総務課')!;
    sheet.ensure(1_048_575, 5).fmt = { fill: '#FFFF00' };
    t.runtime.stats.reset();
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(brief(r)).toEqual([]);
    expect(measure(t.runtime).bytes).toBeLessThan(20_000);
  });

  test('merged title cells and a header outside column A are read (used range not starting at A1)', async () => {
    const rows: TestCell[][] = [
      [null, null, '情報資産台帳（総務課）'],
      [],
      [null, null, '課名', '総務課'],
      [null, null, '更新日', { date: UPDATED }],
      [null, null, '番号', '情報資産名', '内容', '群', 'レベル'],
      [null, null, 1, '会議録', '課内会議の記録', 'A群', 'レベル2'],
    ];
    t = book({ 台帳: rows });
    t.runtime.workbook.sheetByName('台帳')!.merges.push({ r0: 0, c0: 2, r1: 0, c1: 6 });
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers.map((l) => [l.department, l.headerRow, l.columns.number])).toEqual([['総務課', 5, 2]]);
    expect(brief(r)).toEqual([]);
    // What the engine was given: the grid from C1, and the merge (ExcelApi 1.13).
    const snapshot = await t.runtime.run((context) => readSnapshot(context, detectFeatures()));
    const sheet = snapshot.workbook.sheets[0]!;
    expect([sheet.origin, sheet.merges, sheet.rows[0]?.[0]]).toEqual([{ row: 0, col: 2 }, [{ top: 0, left: 2, bottom: 0, right: 6 }], '情報資産台帳（総務課）']);
  });

  test('a sheet with more than 512 merged areas (Excel fails getMergedAreasOrNullObject) does not fail the check', async () => {
    // 600 rows whose 内容 spans two columns: 600 merged areas below the head, as some hand-made ledgers have.
    const assets: TestCell[][] = Array.from({ length: 600 }, (_, i) => [i + 1, `資産${i + 1}`, '内容', null, 'A群', 'レベル2']);
    const rows = ledgerRows('財政課', assets, UPDATED);
    rows[4] = ['番号', '情報資産名', '内容', null, '群', 'レベル'];
    t = book({ 台帳_財政課: rows, 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'C群', 'レベル2']], UPDATED) });
    const merged = t.runtime.workbook.sheetByName('台帳_財政課')!;
    merged.merges.push({ r0: 0, c0: 0, r1: 0, c1: 5 }, ...assets.map((_, i) => ({ r0: 5 + i, c0: 2, r1: 5 + i, c1: 3 })));
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers.map((l) => [l.sheet, l.assets.length])).toEqual([
      ['台帳_財政課', 600],
      ['台帳_総務課', 1],
    ]);
    expect(brief(r)).toEqual([['GROUP_INVALID', '台帳_総務課', 'D6']]);
    // The head's merges (the title and rows 6–30) are still read; the 575 below could not be.
    const snapshot = await t.runtime.run((context) => readSnapshot(context, detectFeatures()));
    const read = snapshot.workbook.sheets[0]!.merges ?? [];
    expect([read.length, read[0], read.every((m) => m.bottom < 30)]).toEqual([26, { top: 0, left: 0, bottom: 0, right: 5 }, true]);
  });

  test('a head with more than 512 merged areas: the heads are read again without merges', async () => {
    const sheet: TestCell[][] = ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']], UPDATED);
    t = book({ 台帳_総務課: sheet });
    const s = t.runtime.workbook.sheetByName('台帳_総務課')!;
    // Two-cell merges right of the table (G:AX) in rows 7–30: 22 × 24 = 528 areas in A1:AY30.
    for (let r = 6; r < 30; r++) for (let c = 6; c < 50; c += 2) s.merges.push({ r0: r, c0: c, r1: r, c1: c + 1 });
    expect(s.merges.length).toBe(528);
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers.map((l) => l.sheet)).toEqual(['台帳_総務課']);
    expect(brief(r)).toEqual([]);
  });

  test('the add-in’s own sheets (集計, 監査結果_…) are not read as ledgers', async () => {
    t = book({
      台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'A群', 'レベル2']], UPDATED),
      集計: [['課', '番号', '情報資産名', '内容'], ['総務課', 1, '会議録', '課内会議の記録']],
      '監査結果_2026-11-25_1530': [['番号', '情報資産名', '内容']],
    });
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers.map((l) => l.sheet)).toEqual(['台帳_総務課']);
    expect(r.sheetsRead).toBe(1);
  });

  test('an empty workbook gives no ledgers and says so (LEDGER_NOT_FOUND for the open workbook), never a clean bill', async () => {
    t = book({ Sheet1: [] });
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers).toEqual([]);
    expect(r.open.map((i) => [i.code, i.severity, i.location])).toEqual([['LEDGER_NOT_FOUND', 'warning', { file: null, sheet: null, cell: null }]]);
    expect(r.result.counts).toEqual({ error: 0, warning: 1, info: 0 });
  });

  test('numbers, dates, booleans and error values in text columns are read as such (SPEC §10)', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, 12345, true, 'A群', 'レベル2'], [2, { date: 46174 }, { error: '#REF!' }, 'A群', 'レベル2']], UPDATED) });
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers[0]?.assets.map((a) => [a.text.name, a.text.content])).toEqual([
      ['12345', 'TRUE'],
      ['2026-06-01', '#REF!'],
    ]);
    expect(brief(r)).toEqual([['CELL_ERROR', '台帳_総務課', 'C7']]);
  });

  test('a 32,767-character cell, emoji and control characters are read whole', async () => {
    const huge = '資'.repeat(32_767);
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '𠮷野家の記録😀', huge, 'A群', 'レベル2'], [2, 'タブ\t入り', '改行\n入り', 'B群', 'レベル2']], UPDATED) });
    const r = checked(await checkWorkbook({ today: TODAY }));
    const assets = r.result.ledgers[0]?.assets ?? [];
    expect(assets.map((a) => [a.text.name, a.text.content?.length])).toEqual([
      ['𠮷野家の記録😀', 32_767],
      ['タブ\t入り', 5],
    ]);
  });

  test('a big workbook is read in batches of at most 4 MB: syncs grow with the bytes, not with the sheets', async () => {
    const sheets: Record<string, TestCell[][]> = {};
    for (let s = 0; s < 20; s++) {
      sheets[`台帳_第${s + 1}課`] = ledgerRows(
        `第${s + 1}課`,
        Array.from({ length: 2000 }, (_, i) => [i + 1, `情報資産その${i + 1}`, `業務で使う記録の説明文 ${'あ'.repeat(20)}`, 'A群', 'レベル2']),
        UPDATED,
      );
    }
    t = book(sheets);
    t.runtime.stats.reset();
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers).toHaveLength(20);
    expect(r.result.issues).toEqual([]);
    const m = measure(t.runtime);
    expect(m.maxBytes).toBeLessThanOrEqual(MB4);
    expect(m.syncs).toBeGreaterThan(3);
    expect(m.syncs).toBeLessThanOrEqual(3 + Math.ceil(Math.max(0, r.bytesRead - MB4) / (MB4 * 0.9)));
  });

  test('cells far heavier than the first rows suggest: a batch Excel rejects as over 5 MB is split and read again', async () => {
    const heavy = Array.from({ length: 200 }, (_, i) => [i + 31, `資産${i + 1}`, 'a'.repeat(30_000), 'A群', 'レベル2'] as TestCell[]);
    t = book({ 台帳_総務課: ledgerRows('総務課', [...Array.from({ length: 30 }, (_, i) => [i + 1, `短い${i}`, '短い', 'A群', 'レベル2'] as TestCell[]), ...heavy], UPDATED) });
    t.runtime.stats.reset();
    const r = checked(await checkWorkbook({ today: TODAY }));
    expect(r.result.ledgers[0]?.assets).toHaveLength(230);
    expect(brief(r)).toEqual([]);
    const m = measure(t.runtime);
    // One rejected sync (over 5 MB), then batches under 4 MB.
    expect(t.runtime.stats.syncBytes.filter((b) => b > MB4)).toHaveLength(1);
    expect(m.syncs).toBeLessThanOrEqual(2 + 1 + Math.ceil(6_000_000 / (MB4 * 0.9)));
  });

  test('the user typing during a check changes the next check, not this one (one snapshot)', async () => {
    t = book({ 台帳_総務課: ledgerRows('総務課', [[1, '会議録', '課内会議の記録', 'C群', 'レベル2']], UPDATED) });
    // The user fixes D6 right after the sync that read it, while the check is still running.
    let syncs = 0;
    const stop = t.runtime.subscribe(() => {
      syncs++;
      if (syncs === 2) t.runtime.userEdit('台帳_総務課', 'D6', 'A群');
    });
    const r = checked(await checkWorkbook({ today: TODAY }));
    stop();
    expect(brief(r)).toEqual([['GROUP_INVALID', '台帳_総務課', 'D6']]);
    expect(brief(checked(await checkWorkbook({ today: TODAY })))).toEqual([]);
  });
});

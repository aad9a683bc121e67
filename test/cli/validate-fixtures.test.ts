import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';
import { brief, runJson } from './run';

/**
 * `ledger validate` on files LibreOffice wrote (scripts/fixtures/*.fods → test/fixtures/*.xlsx): the exact codes
 * at the exact cells. --today 2025-06-01: the fiscal year starts 2025-04-01.
 */
function withFixtures(...names: string[]) {
  const fs = new MemoryFs();
  for (const n of names) fs.put(n, fixtureBytes(n));
  return memoryIo(fs);
}

const notCanonical = (line: string) => line.startsWith('VALUE_NOT_CANONICAL');

describe('validate on LibreOffice-written fixtures', () => {
  test('canonical layout (総務課): every code at its cell', async () => {
    const { status, report } = await runJson(withFixtures('canonical-somu.xlsx'), 'validate', 'canonical-somu.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(report.files).toEqual([
      {
        path: 'canonical-somu.xlsx',
        format: 'xlsx',
        encoding: null,
        ledgers: [{ sheet: '台帳_総務課', department: '総務課', layout: 'template', group: null, level: null, assets: 10 }],
      },
    ]);
    const f = 'canonical-somu.xlsx 台帳_総務課';
    expect(brief(report).filter((l) => !notCanonical(l))).toEqual([
      `LEDGER_STALE warning ${f}!D2 総務課`,
      `CLASSIFICATION_CONFLICT warning ${f}!B6 総務課`,
      `GROUP_SUSPECTED warning ${f}!D6 総務課`,
      `LEVEL1_SUSPECTED warning ${f}!E7 総務課`,
      `GROUP_SUSPECTED warning ${f}!D8 総務課`,
      `NUMBER_DUPLICATE error ${f}!A9 総務課`,
      `NUMBER_INVALID error ${f}!A10 総務課`,
      `LEVEL_INVALID error ${f}!E10 総務課`,
      `REQUIRED_EMPTY error ${f}!B11 総務課`,
      `GROUP_INVALID error ${f}!D11 総務課`,
      `ROW_GAP info ${f}!A12 総務課`,
      `TEXT_UNTRIMMED info ${f}!B13 総務課`,
      `CELL_ERROR error ${f}!C13 総務課`,
      `ASSET_NAME_DUPLICATE warning ${f}!B14 総務課`,
      `CLASSIFICATION_CONFLICT warning ${f}!B15 総務課`,
    ]);
  });

  // LibreOffice stores mixed-script text such as 「A群」「レベル1」 as rich-text runs (['A','群']). Those cells are
  // canonical, so only D8 (Ａ) and E8 (レベル１) may be reported.
  test('VALUE_NOT_CANONICAL only where the text really differs (rich-text runs are canonical)', async () => {
    const { report } = await runJson(withFixtures('canonical-somu.xlsx'), 'validate', 'canonical-somu.xlsx', '--today', '2025-06-01');
    const f = 'canonical-somu.xlsx 台帳_総務課';
    expect(brief(report).filter(notCanonical)).toEqual([`VALUE_NOT_CANONICAL warning ${f}!D8 総務課`, `VALUE_NOT_CANONICAL warning ${f}!E8 総務課`]);
  });

  test('別記様式 (企画課): four form sheets, 群－レベル from their lines; warnings only, so exit 0', async () => {
    const { status, report } = await runJson(withFixtures('form-kikaku.xlsx'), 'validate', 'form-kikaku.xlsx', '--today', '2025-06-01');
    expect(status).toBe(0);
    expect(report.files[0]?.ledgers).toEqual([
      { sheet: 'A群－レベル1', department: '企画課', layout: 'form', group: 'A群', level: 'レベル1', assets: 2 },
      { sheet: 'A群－レベル2', department: '企画課', layout: 'form', group: 'A群', level: 'レベル2', assets: 2 },
      { sheet: 'B群－レベル1', department: '企画課', layout: 'form', group: 'B群', level: 'レベル1', assets: 1 },
      { sheet: 'B群－レベル2', department: '企画課', layout: 'form', group: 'B群', level: 'レベル2', assets: 2 },
    ]);
    // The form has no 更新日 cell: LEDGER_STALE once for the 課, with advice that fits the form.
    expect(brief(report)).toEqual([
      'LEDGER_STALE warning form-kikaku.xlsx A群－レベル1!- 企画課',
      'LEVEL1_SUSPECTED warning form-kikaku.xlsx A群－レベル2!B5 企画課',
      'GROUP_SUSPECTED warning form-kikaku.xlsx B群－レベル2!B5 企画課',
    ]);
    expect(report.issues[0]?.message).toContain('どれか1枚の様式の表の上に「更新日」と書き');
    expect(report.counts).toEqual({ error: 0, warning: 3, info: 0 });
  });

  test('#N/A from a formula and a used range down to row 1,048,576 (財政課, header variants)', async () => {
    const { report } = await runJson(withFixtures('lastrow-zaisei.xlsx'), 'validate', 'lastrow-zaisei.xlsx', '--today', '2025-06-01');
    expect(report.files[0]?.ledgers).toEqual([{ sheet: '財政', department: '財政課', layout: 'template', group: null, level: null, assets: 3 }]);
    expect(brief(report)).toEqual(['CELL_ERROR error lastrow-zaisei.xlsx 財政!C5 財政課']);
  });

  test('across files: duplicate 課, missing 課, missing 群－レベル line, empty ledger, file without ledger', async () => {
    const c = withFixtures('canonical-somu.xlsx', 'misc.xlsx', 'no-ledger.xlsx');
    const { report } = await runJson(c, 'validate', 'canonical-somu.xlsx', 'misc.xlsx', 'no-ledger.xlsx', '--today', '2025-06-01');
    const misc = brief(report).filter((l) => l.includes(' misc.xlsx ') || l.includes(' no-ledger.xlsx '));
    expect(misc).toEqual([
      'DEPARTMENT_DUPLICATE error misc.xlsx 総務課分!- 総務課',
      'DEPARTMENT_MISSING error misc.xlsx Sheet2!- -',
      'LEDGER_STALE warning misc.xlsx Sheet2!- -',
      'COLUMN_MISSING error misc.xlsx 台帳_会計課!- 会計課',
      'LEDGER_STALE warning misc.xlsx 台帳_会計課!- 会計課',
      'LEDGER_EMPTY warning misc.xlsx 台帳_議会事務局!- 議会事務局',
      'LEDGER_NOT_FOUND warning no-ledger.xlsx -!- -',
    ]);
    expect(report.files.map((f) => [f.path, f.ledgers.length])).toEqual([
      ['canonical-somu.xlsx', 1],
      ['misc.xlsx', 4],
      ['no-ledger.xlsx', 0],
    ]);
  });

  test('our template after a LibreOffice round trip is still a tagged, empty ledger', async () => {
    const name = 'template-extended-libreoffice.xlsx';
    const { status, report } = await runJson(withFixtures(name), 'validate', name, '--today', '2025-06-01');
    expect(status).toBe(0);
    expect(report.files[0]?.ledgers).toEqual([{ sheet: '台帳_総務課', department: '総務課', layout: 'template', group: null, level: null, assets: 0 }]);
    expect(brief(report)).toEqual([`LEDGER_EMPTY warning ${name} 台帳_総務課!- 総務課`]);
  });
});

import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';
import { brief, runJson } from './run';

/**
 * The codes the other fixture tests leave out, still on files LibreOffice wrote: a tagged ledger whose header was
 * overwritten, and the expected-department list across several departments' files.
 */
function withFixtures(extra: Record<string, string>, ...names: string[]) {
  const fs = new MemoryFs();
  for (const n of names) fs.put(n, fixtureBytes(n));
  for (const [path, text] of Object.entries(extra)) fs.put(path, text);
  return memoryIo(fs);
}

describe('validate on LibreOffice-written fixtures: header and submission rules', () => {
  test('a tagged ledger without its header row is LEDGER_HEADER_INVALID on the sheet, and reads no assets', async () => {
    const file = 'tagged-no-header-libreoffice.xlsx';
    const { status, report } = await runJson(withFixtures({}, file), 'validate', file, '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(report.files).toEqual([
      { path: file, format: 'xlsx', encoding: null, ledgers: [{ sheet: '台帳_人事課', department: '人事課', layout: 'template', group: null, level: null, assets: 0 }] },
    ]);
    expect(brief(report)).toEqual([`LEDGER_HEADER_INVALID error ${file} 台帳_人事課!- 人事課`]);
  });

  test('--departments: every listed 課 without a ledger in any file is DEPARTMENT_NOT_SUBMITTED', async () => {
    const files = ['canonical-somu.xlsx', 'form-kikaku.xlsx'];
    const list = '# 提出を求める課\n総務課\n企画課\n財政課\n税務課\n';
    const { report } = await runJson(withFixtures({ 'list.txt': list }, ...files), 'validate', ...files, '--departments', 'list.txt', '--today', '2025-06-01');
    expect(brief(report).filter((l) => l.startsWith('DEPARTMENT_NOT_SUBMITTED'))).toEqual([
      // Not tied to any file, sheet or cell; listed in the engine's deterministic order.
      'DEPARTMENT_NOT_SUBMITTED warning - -!- 税務課',
      'DEPARTMENT_NOT_SUBMITTED warning - -!- 財政課',
    ]);
  });
});

describe('validate on LibreOffice-written files that cannot be read', () => {
  test('an .xls saved by LibreOffice and a half-copied .xlsx are FILE_UNREADABLE with their reason; the good file still runs', async () => {
    const fs = new MemoryFs();
    const whole = fixtureBytes('canonical-somu.xlsx');
    fs.put('old.xls', fixtureBytes('canonical-somu-libreoffice.xls'));
    fs.put('half.xlsx', whole.slice(0, Math.floor(whole.length / 2)));
    fs.put('canonical-somu.xlsx', whole);
    const { status, report } = await runJson(memoryIo(fs), 'validate', 'old.xls', 'half.xlsx', 'canonical-somu.xlsx', '--today', '2025-06-01', '--lang', 'en');
    expect(status).toBe(1);
    const unreadable = report.issues.filter((i) => i.code === 'FILE_UNREADABLE');
    expect(unreadable.map((i) => [i.file, i.severity, i.sheet, i.cell])).toEqual([
      ['old.xls', 'error', null, null],
      ['half.xlsx', 'error', null, null],
    ]);
    expect(unreadable.map((i) => i.message)).toEqual([
      'The file is in the old Excel format (.xls). Open it in Excel and use Save As to save it as an Excel workbook (.xlsx). Remove any password first. Without Excel, LibreOffice converts it: soffice --headless --convert-to xlsx FILE.xls',
      'The file is cut short (a copy or download may not have finished). Copy the original file again.',
    ]);
    expect(report.files.map((f) => [f.path, f.ledgers.length])).toEqual([['old.xls', 0], ['half.xlsx', 0], ['canonical-somu.xlsx', 1]]);
    expect(report.issues.filter((i) => i.file === 'canonical-somu.xlsx').length).toBeGreaterThan(10);
  });
});

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
      { path: file, ledgers: [{ sheet: '台帳_人事課', department: '人事課', layout: 'template', group: null, level: null, assets: 0 }] },
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

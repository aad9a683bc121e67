import { availableParallelism } from 'node:os';
import { loadFiles } from '../../src/cli/load';
import { eachFile, loadFilesParallel, workerCount } from '../../src/cli/parallel-load';
import { legacyXls, randomBytes } from '../xlsx/bad-files';
import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';

describe('reading files on worker threads', () => {
  test('gives exactly what the sequential reader gives, in input order', async () => {
    const fs = new MemoryFs();
    const names = [
      'canonical-somu.xlsx',
      'form-kikaku.xlsx',
      'lastrow-zaisei.xlsx',
      'misc.xlsx',
      'no-ledger.xlsx',
      'template-extended-libreoffice.xlsx',
      'merges-kankyo.ods',
      'jinji-csv-sjis.csv',
    ];
    for (const n of names) fs.put(n, fixtureBytes(n));
    fs.put('random.xlsx', randomBytes(2000)).put('old.xls', legacyXls());
    const paths = [...names, 'random.xlsx', 'missing.xlsx', 'old.xls'];
    const sequential = await loadFiles(memoryIo(fs).io, paths);
    const parallel = await loadFilesParallel(memoryIo(fs).io, paths, 2);
    expect(parallel.map((f) => f.path)).toEqual(paths);
    expect(parallel.map((f) => f.unreadable?.reason ?? null)).toEqual([null, null, null, null, null, null, null, null, 'not-zip', 'not-found', 'xls']);
    // The format read (and a CSV's encoding) crosses the thread boundary too.
    expect(parallel.map((f) => [f.format, f.encoding])).toEqual([
      ...new Array(6).fill(['xlsx', null]),
      ['ods', null],
      ['csv', 'Shift_JIS'],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(parallel.map((f) => [f.format, f.encoding])).toEqual(sequential.map((f) => [f.format, f.encoding]));
    // The 1,048,576-row sheet is compared by its filled rows (a deep compare of a million rows takes seconds).
    const filled = (f: (typeof parallel)[number]) =>
      f.workbook?.sheets.map((s) => ({ ...s, rows: s.rows.length, filled: s.rows.flatMap((r, i) => (r.length > 0 ? [[i, r]] : [])) })) ?? null;
    expect(parallel.map(filled)).toEqual(sequential.map(filled));
  }, 60_000);

  test.each([0, 1, 2])('hands files over in input order, reading at most a few ahead of the consumer (%i workers)', async (workers) => {
    const fs = new MemoryFs();
    const paths = Array.from({ length: 24 }, (_, i) => `book-${i}.xlsx`);
    for (const p of paths) fs.put(p, fixtureBytes('canonical-somu.xlsx'));
    const seen: { index: number; path: string; sheets: number; readSoFar: number }[] = [];
    await eachFile(
      memoryIo(fs).io,
      paths,
      (f, index) => seen.push({ index, path: f.path, sheets: f.workbook?.sheets.length ?? 0, readSoFar: fs.log.filter((l) => l.startsWith('read ')).length }),
      workers,
    );
    expect(seen.map((s) => s.path)).toEqual(paths);
    expect(seen.map((s) => s.index)).toEqual(paths.map((_, i) => i));
    expect(seen.every((s) => s.sheets > 0)).toBe(true);
    // The window: 2 + 2 per worker files read beyond the one handed over, never the whole list at once.
    for (const s of seen) expect(s.readSoFar).toBeLessThanOrEqual(s.index + 1 + 2 + 2 * workers);
  }, 60_000);

  test('worker count: none for a few files, LEDGER_READ_WORKERS overrides', () => {
    expect(workerCount({}, 3)).toBe(0);
    expect(workerCount({}, 31)).toBe(0); // a worker's start-up is not paid back by a few dozen files
    expect(workerCount({}, 100)).toBe(Math.max(0, Math.min(availableParallelism() - 2, 3)));
    // The second CPU is left to V8's own compiler and collector threads: a worker only from the third on.
    expect(workerCount({}, 100, 1)).toBe(0);
    expect(workerCount({}, 100, 2)).toBe(0);
    expect(workerCount({}, 100, 3)).toBe(1);
    expect(workerCount({}, 100, 4)).toBe(2);
    expect(workerCount({}, 100, 16)).toBe(3);
    expect(workerCount({ LEDGER_READ_WORKERS: '0' }, 100)).toBe(0);
    expect(workerCount({ LEDGER_READ_WORKERS: '2' }, 100)).toBe(2);
    expect(workerCount({ LEDGER_READ_WORKERS: '5' }, 3)).toBe(2);
  });
});

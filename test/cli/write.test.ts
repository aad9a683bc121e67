import { inputAt, writeAtomically } from '../../src/cli/write';
import { MemoryFs, memoryIo } from './memory-io';
import { run } from './run';

describe('writing the output', () => {
  test('atomically: a temporary file in the same folder, then a rename over the target', async () => {
    const fs = new MemoryFs().put('out/summary.xlsx', 'old');
    const { io } = memoryIo(fs);
    await writeAtomically(io, 'out/summary.xlsx', new TextEncoder().encode('new'));
    expect(fs.log).toEqual(['write out/.summary.xlsx.ledger-testhost-4242-r1.tmp', 'rename out/.summary.xlsx.ledger-testhost-4242-r1.tmp -> out/summary.xlsx']);
    expect(new TextDecoder().decode(fs.files.get('out/summary.xlsx'))).toBe('new');
    expect([...fs.files.keys()]).toEqual(['out/summary.xlsx']);
  });

  test('when the rename fails the old file stays and the temporary file is removed', async () => {
    const fs = new MemoryFs().put('summary.xlsx', 'old');
    fs.failRename = true;
    const { io } = memoryIo(fs);
    await expect(writeAtomically(io, 'summary.xlsx', new TextEncoder().encode('new'))).rejects.toMatchObject({ code: 'EXDEV' });
    expect(new TextDecoder().decode(fs.files.get('summary.xlsx'))).toBe('old');
    expect([...fs.files.keys()]).toEqual(['summary.xlsx']);
  });

  test('the output is found among the inputs by its real path, also through a link', async () => {
    const fs = new MemoryFs().put('a.xlsx', 'a').put('b.xlsx', 'b');
    fs.links.set('link-to-b.xlsx', 'b.xlsx');
    const { io } = memoryIo(fs);
    expect(await inputAt(io, 'b.xlsx', ['a.xlsx', 'b.xlsx'])).toBe('b.xlsx');
    expect(await inputAt(io, 'link-to-b.xlsx', ['a.xlsx', 'b.xlsx'])).toBe('b.xlsx');
    expect(await inputAt(io, 'new.xlsx', ['a.xlsx', 'b.xlsx'])).toBeNull();
    expect(await inputAt(io, 'a.xlsx', ['b.xlsx'])).toBeNull();
  });
});

describe('temporary files left by a killed run', () => {
  const stale = (name: string) => `out/${name}`;
  test('the next write into the folder removes ours that are stale, and nothing else', async () => {
    const fs = new MemoryFs()
      .put('out/summary.xlsx', 'old')
      .put(stale('.summary.xlsx.ledger-testhost-999-a1.tmp'), 'half') // this computer, its process gone
      .put(stale('.集計.xlsx.ledger-testhost-998-a2.tmp'), 'half') // another target in the folder, same
      .put(stale('.summary.xlsx.ledger-testhost-4343-b2.tmp'), 'half') // its process still runs: a run in progress
      .put(stale('.summary.xlsx.ledger-otherpc-999-c3.tmp'), 'half') // another computer, an hour old: may be running
      .put(stale('.summary.xlsx.ledger-otherpc-999-d4.tmp'), 'half') // another computer, two days old
      .put(stale('.summary.xlsx.r9.tmp'), 'x') // not ours
      .put(stale('memo.tmp'), 'x')
      .put('in/.a.xlsx.ledger-testhost-999-e5.tmp', 'x'); // another folder
    fs.modified.set(stale('.summary.xlsx.ledger-otherpc-999-c3.tmp'), Date.parse('2025-06-01T08:00:00+09:00'));
    fs.modified.set(stale('.summary.xlsx.ledger-otherpc-999-d4.tmp'), Date.parse('2025-05-30T09:00:00+09:00'));
    const { io } = memoryIo(fs);
    const removed = await writeAtomically(io, 'out/summary.xlsx', new TextEncoder().encode('new'));
    expect(removed).toEqual([stale('.summary.xlsx.ledger-testhost-999-a1.tmp'), stale('.集計.xlsx.ledger-testhost-998-a2.tmp'), stale('.summary.xlsx.ledger-otherpc-999-d4.tmp')]);
    expect([...fs.files.keys()].sort()).toEqual(
      [
        'in/.a.xlsx.ledger-testhost-999-e5.tmp',
        'out/.summary.xlsx.ledger-otherpc-999-c3.tmp',
        'out/.summary.xlsx.ledger-testhost-4343-b2.tmp',
        'out/.summary.xlsx.r9.tmp',
        'out/memo.tmp',
        'out/summary.xlsx',
      ].sort(),
    );
  });

  test('consolidate says which it removed', async () => {
    const fs = new MemoryFs().put('a.xlsx', 'not a workbook').put('out/.集計.xlsx.ledger-testhost-999-a1.tmp', 'half');
    const c = memoryIo(fs);
    await run(c, 'consolidate', 'a.xlsx', '--out', 'out/集計.xlsx');
    expect(c.err()).toBe('ledger: 中断された書き出しが残した一時ファイルを削除しました: out/.集計.xlsx.ledger-testhost-999-a1.tmp\n');
    expect([...fs.files.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
  });
});

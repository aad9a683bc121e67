import { inputAt, writeAtomically } from '../../src/cli/write';
import { MemoryFs, memoryIo } from './memory-io';

describe('writing the output', () => {
  test('atomically: a temporary file in the same folder, then a rename over the target', async () => {
    const fs = new MemoryFs().put('out/summary.xlsx', 'old');
    const { io } = memoryIo(fs);
    await writeAtomically(io, 'out/summary.xlsx', new TextEncoder().encode('new'));
    expect(fs.log).toEqual(['write out/.summary.xlsx.r1.tmp', 'rename out/.summary.xlsx.r1.tmp -> out/summary.xlsx']);
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

import { readXlsx } from '../../src/xlsx/read';
import { MemoryFs, memoryIo } from './memory-io';
import { run } from './run';

describe('ledger template', () => {
  test('writes a template for the 課, tagged, with 更新日 = --today', async () => {
    const c = memoryIo();
    const r = await run(c, 'template', '--department', '総務課', '--out', 'tpl.xlsx', '--today', '2025-04-01');
    expect(r.status).toBe(0);
    expect(r.out).toBe('台帳のひな形を書き出しました: tpl.xlsx（シート「台帳_総務課」）\n');
    const book = await readXlsx(c.fs.files.get('tpl.xlsx') ?? new Uint8Array(), 'tpl.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['台帳_総務課']);
    expect(book.sheets[0]?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    const cells = book.sheets[0]?.rows.flat() ?? [];
    expect(cells).toContainEqual({ kind: 'date', serial: 45748 });
    expect(cells).toEqual(expect.arrayContaining(['番号', '情報資産名', '内容', '群', 'レベル', '備考']));
    expect(cells).not.toContain('個人情報');
  });

  test('--extended adds the optional columns', async () => {
    const c = memoryIo();
    await run(c, 'template', '--department', '総務課', '--extended', '--out', 'tpl.xlsx');
    const cells = (await readXlsx(c.fs.files.get('tpl.xlsx') ?? new Uint8Array(), null)).sheets[0]?.rows.flat() ?? [];
    expect(cells).toEqual(expect.arrayContaining(['管理責任者', '媒体・保管場所', '個人情報', '保存期間']));
  });

  test('never overwrites an existing file without --force', async () => {
    const fs = new MemoryFs().put('tpl.xlsx', 'mine');
    const r = await run(memoryIo(fs), 'template', '--department', '総務課', '--out', 'tpl.xlsx');
    expect(r.status).toBe(2);
    expect(r.err).toContain('tpl.xlsx は既に存在します。上書きする場合は --force を付けてください。');
    expect(new TextDecoder().decode(fs.files.get('tpl.xlsx'))).toBe('mine');
    const forced = await run(memoryIo(fs), 'template', '--department', '総務課', '--out', 'tpl.xlsx', '--force');
    expect(forced.status).toBe(0);
    expect(new TextDecoder().decode(fs.files.get('tpl.xlsx')?.slice(0, 2))).toBe('PK');
  });

  test('a 課 with characters Excel forbids in sheet names gets a sanitised sheet name', async () => {
    const c = memoryIo();
    const r = await run(c, 'template', '--department', '総務/庶務[係]', '--out', 'tpl.xlsx');
    expect(r.status).toBe(0);
    const book = await readXlsx(c.fs.files.get('tpl.xlsx') ?? new Uint8Array(), null);
    expect(book.sheets[0]?.name).toBe('台帳_総務／庶務［係］');
  });

  test.each([
    [['template', '--out', 'x.xlsx'], '--department を指定してください'],
    [['template', '--department', '総務課'], '--out を指定してください'],
    [['template', '--department', '総務課', '--out', 'x.xlsx', 'extra'], '余分な引数です: extra'],
    [['template', '--department', '総務課', '--out', 'x.xlsx', '--today', '2025-4-1'], '--today の値が正しくありません'],
  ])('wrong usage %j exits 2', async (argv, message) => {
    const r = await run(memoryIo(), ...argv);
    expect(r.status).toBe(2);
    expect(r.err).toContain(message);
  });
});

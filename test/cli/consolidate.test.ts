import { checkWorkbooks, consolidate } from '../../src/ledger';
import { readXlsx } from '../../src/xlsx/read';
import { writeSummary } from '../../src/xlsx/summary';
import { templateSheet } from '../ledger/helpers';
import { zipPart } from '../xlsx/zip-part';
import { fill, xlsxOf } from '../xlsx/helpers';
import { MemoryFs, fixtureBytes, memoryIo } from './memory-io';
import { brief, run, runJson } from './run';

const ledger = (dept: string, rows: (string | number | null)[][]) =>
  xlsxOf((wb) =>
    fill(wb.addWorksheet(`台帳_${dept}`), [
      [`情報資産台帳（${dept}）`],
      ['課名', dept, '更新日', '2025/4/1'],
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      ...rows,
    ]),
  );

async function twoDepartments(): Promise<MemoryFs> {
  return new MemoryFs()
    .put('in/総務課.xlsx', await ledger('総務課', [[1, '住民基本台帳システム', '住民の記録', 'A群', 'レベル1'], [2, '=SUM(A1:A3)', '+81 と -1 と @user', 'B群', 'レベル2']]))
    .put('in/企画課.xlsx', await ledger('企画課', [[1, '会議録', '紙の会議録', 'B群', 'レベル9']]));
}

describe('ledger consolidate', () => {
  test('writes the summary through a temporary file, then reports like validate', async () => {
    const c = memoryIo(await twoDepartments());
    const { status, report, err } = await runJson(c, 'consolidate', 'in/総務課.xlsx', 'in/企画課.xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(brief(report)).toEqual(['LEVEL_INVALID error in/企画課.xlsx 台帳_企画課!E4 企画課']);
    expect(err).toBe('集計を書き出しました: out/集計.xlsx\n');
    expect(c.fs.log.filter((l) => !l.startsWith('read'))).toEqual(['write out/.集計.xlsx.ledger-testhost-4242-r1.tmp', 'rename out/.集計.xlsx.ledger-testhost-4242-r1.tmp -> out/集計.xlsx']);
  });

  test('the summary: matrix with totals and per-課 counts, assets with links back, findings', async () => {
    const c = memoryIo(await twoDepartments());
    await run(c, 'consolidate', 'in/総務課.xlsx', 'in/企画課.xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
    const bytes = c.fs.files.get('out/集計.xlsx');
    if (!bytes) throw new Error('no summary written');
    const book = await readXlsx(bytes, null);
    expect(book.sheets.map((s) => s.name)).toEqual(['集計', '集計_資産一覧', '集計_指摘事項']);
    const [matrix, assets, findings] = book.sheets;
    expect(matrix?.rows.slice(0, 3)).toEqual([['情報資産台帳 集計'], ['作成日時', expect.stringMatching(/^2025-06-0[12] \d\d:00:00$/)], ['ポリシー', expect.stringMatching(/^hanamaki /)]]);
    // 未分類 holds 企画課's asset whose レベル is invalid: every row adds up to 計 (issue 10, item 2).
    expect(matrix?.rows.slice(4)).toEqual([
      ['課', 'A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2', '未分類', '計', 'エラー', '警告'],
      ['企画課', 0, 0, 0, 0, 1, 1, 1, 0],
      ['総務課', 1, 0, 0, 1, 0, 2, 0, 0],
      ['合計', 1, 0, 0, 1, 1, 3, 1, 0],
    ]);
    expect(assets?.rows).toEqual([
      ['課', '番号', '情報資産名', '内容', '群', 'レベル', '元のセル'],
      ['総務課', 1, '住民基本台帳システム', '住民の記録', 'A群', 'レベル1', '総務課.xlsx 台帳_総務課!B4'],
      ['総務課', 2, '=SUM(A1:A3)', '+81 と -1 と @user', 'B群', 'レベル2', '総務課.xlsx 台帳_総務課!B5'],
      ['企画課', 1, '会議録', '紙の会議録', 'B群', null, '企画課.xlsx 台帳_企画課!B4'],
    ]);
    expect(findings?.rows).toEqual([
      ['重大度', 'コード', '規則', '課', 'ファイル', 'シート', 'セル', '内容'],
      ['エラー', 'LEVEL_INVALID', 'レベルが正しくない', '企画課', 'in/企画課.xlsx', '台帳_企画課', 'E4', 'レベル「レベル9」は使えません。一覧から「レベル1」か「レベル2」を選んでください。'],
    ]);
  });

  test('source text starting with = + - @ is text in the summary: no <f> element, links relative to the summary', async () => {
    const c = memoryIo(await twoDepartments());
    await run(c, 'consolidate', 'in/総務課.xlsx', 'in/企画課.xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
    const bytes = c.fs.files.get('out/集計.xlsx') ?? new Uint8Array();
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) expect(zipPart(bytes, part)).not.toMatch(/<f[ >]/);
    const assets = zipPart(bytes, 'xl/worksheets/sheet2.xml');
    expect(assets).toContain('<c r="C3" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>');
    // Links into one source file share its relationship; the cell is the link's location.
    expect(assets).toContain(`<hyperlinks><hyperlink ref="G2" r:id="rId1" location="'台帳_総務課'!B4"/><hyperlink ref="G3" r:id="rId1" location="'台帳_総務課'!B5"/><hyperlink ref="G4" r:id="rId2" location="'台帳_企画課'!B4"/></hyperlinks>`);
    const rels = zipPart(bytes, 'xl/worksheets/_rels/sheet2.xml.rels');
    const hyperlink = 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"';
    expect([...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0])).toEqual([
      `<Relationship Id="rId1" ${hyperlink} Target="../in/総務課.xlsx" TargetMode="External"/>`,
      `<Relationship Id="rId2" ${hyperlink} Target="../in/企画課.xlsx" TargetMode="External"/>`,
    ]);
  });

  test('a 番号 typed as text stays text in the summary: 0000022200, never the number 22200', async () => {
    const fs = new MemoryFs().put('in/総務課.xlsx', await ledger('総務課', [['0000022200', '交流センター', '施設の記録', 'B群', 'レベル2'], [3, '会議録', '紙', 'B群', 'レベル2']]));
    const c = memoryIo(fs);
    await run(c, 'consolidate', 'in/総務課.xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
    const book = await readXlsx(c.fs.files.get('out/集計.xlsx') ?? new Uint8Array(), null);
    const cells = book.sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContain('0000022200');
    expect(cells).not.toContain(22200);
    expect(cells).toContain(3);
  });

  test('refuses to overwrite an input, also through a link, before doing any work', async () => {
    const fs = await twoDepartments();
    fs.links.set('alias.xlsx', 'in/総務課.xlsx');
    const before = fs.files.get('in/総務課.xlsx');
    for (const out of ['in/総務課.xlsx', 'alias.xlsx']) {
      const c = memoryIo(fs);
      const r = await run(c, 'consolidate', 'in/総務課.xlsx', 'in/企画課.xlsx', '--out', out);
      expect(r.status).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('入力は上書きしません');
    }
    expect(fs.files.get('in/総務課.xlsx')).toBe(before);
    expect(fs.log.filter((l) => !l.startsWith('read'))).toEqual([]);
  });

  test('replaces an older summary; if the rename fails the old one stays and exit is 1', async () => {
    const fs = (await twoDepartments()).put('out/集計.xlsx', 'old');
    fs.failRename = true;
    const c = memoryIo(fs);
    const r = await run(c, 'consolidate', 'in/総務課.xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.err).toContain('out/集計.xlsx を書き出せませんでした（EXDEV）');
    expect(new TextDecoder().decode(fs.files.get('out/集計.xlsx'))).toBe('old');
    expect([...fs.files.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
  });

  test('the summary is streamed into its file: a disk that fills up half-way leaves the old summary and no temporary file, exit 1', async () => {
    const fs = (await twoDepartments()).put('out/集計.xlsx', 'old');
    fs.failWritePast = 2000;
    const c = memoryIo(fs);
    const r = await run(c, 'consolidate', 'in/総務課.xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.err).toContain('out/集計.xlsx を書き出せませんでした（ENOSPC）');
    expect(new TextDecoder().decode(fs.files.get('out/集計.xlsx'))).toBe('old');
    expect([...fs.files.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
  });

  test('a bad input is reported and the summary is still written from the others', async () => {
    const fs = (await twoDepartments()).put('broken.xlsx', fixtureBytes('canonical-somu.xlsx').slice(0, 100));
    const c = memoryIo(fs);
    const { status, report } = await runJson(c, 'consolidate', 'broken.xlsx', 'in/総務課.xlsx', '--out', 's.xlsx', '--today', '2025-06-01');
    expect(status).toBe(1);
    expect(brief(report)).toEqual(['FILE_UNREADABLE error broken.xlsx -!- -']);
    expect(c.fs.files.has('s.xlsx')).toBe(true);
  });

  test('without --out it is wrong usage', async () => {
    const r = await run(memoryIo(await twoDepartments()), 'consolidate', 'in/総務課.xlsx');
    expect([r.status, r.out]).toEqual([2, '']);
    expect(r.err).toContain('--out を指定してください');
  });

  test("a sheet name with spaces and quotes is quoted in the link's location", async () => {
    const sheet = "台帳 総務課 '24";
    const bytes = await xlsxOf((wb) =>
      fill(wb.addWorksheet(sheet), [['情報資産台帳（総務課）'], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '紙の会議録', 'B群', 'レベル2']]),
    );
    const c = memoryIo(new MemoryFs().put('a.xlsx', bytes));
    await run(c, 'consolidate', 'a.xlsx', '--out', 's.xlsx', '--today', '2025-06-01');
    const assets = zipPart(c.fs.files.get('s.xlsx') ?? new Uint8Array(), 'xl/worksheets/sheet2.xml');
    expect(assets).toContain(`<hyperlink ref="G2" r:id="rId1" location="'台帳 総務課 ''24'!B3"/>`);
  });

  test('the summary is the same whether the model holds the asset list or the writer makes it from the ledgers', async () => {
    const result = checkWorkbooks(
      [
        { file: 'a/総務課.xlsx', sheets: [templateSheet([[1, '会議録', '記録', 'B群', 'レベル2'], [2, '職員名簿', '名簿', 'A群', 'レベル1']])] },
        { file: 'b/総務課2.xlsx', sheets: [templateSheet([[1, 'サーバ', 'ラック', 'A群', 'レベル3']], '台帳_そうむか')] },
        { file: 'c/なし.xlsx', sheets: [{ name: '台帳', rows: [['番号', '情報資産名', '内容', '群', 'レベル'], [1, '謎', '謎', 'A群', 'レベル1']] }] },
      ],
      { today: '2025-06-01' },
    );
    const generatedAt = '2025-06-01T00:00:00.000Z';
    const withList = await writeSummary(consolidate(result, { generatedAt }), result, 'ja');
    const made = await writeSummary(consolidate(result, { generatedAt, assets: false }), result, 'ja');
    expect(Buffer.from(made).equals(Buffer.from(withList))).toBe(true);
    expect((await readXlsx(made, null)).sheets[1]?.rows).toHaveLength(5);
  });
});


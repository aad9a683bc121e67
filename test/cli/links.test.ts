/** The summary's links to the sources never take a scheme or a host from a file's name (issue 9 item 6). */
import { fill, xlsxOf } from '../xlsx/helpers';
import { zipPart } from '../xlsx/zip-part';
import { MemoryFs, memoryIo } from './memory-io';
import { run } from './run';

const ledger = (dept: string) =>
  xlsxOf((wb) => fill(wb.addWorksheet(`台帳_${dept}`), [[`情報資産台帳（${dept}）`], ['課名', dept, '更新日', '2025/4/1'], ['番号', '情報資産名', '内容', '群', 'レベル'], [1, '会議録', '紙の会議録', 'B群', 'レベル2']]));

test('files named \\\\evil.example\\share\\b.xlsx and javascript:alert(1).xlsx link to themselves, relative to the summary', async () => {
  const fs = new MemoryFs().put('\\\\evil.example\\share\\b.xlsx', await ledger('総務課')).put('javascript:alert(1).xlsx', await ledger('企画課'));
  const { status } = await run(memoryIo(fs), 'consolidate', '\\\\evil.example\\share\\b.xlsx', 'javascript:alert(1).xlsx', '--out', 'out/集計.xlsx', '--today', '2025-06-01');
  expect(status).toBe(0);
  const summary = fs.files.get('out/集計.xlsx');
  if (!summary) throw new Error('no summary');
  const targets = [...zipPart(summary, 'xl/worksheets/_rels/sheet2.xml.rels').matchAll(/Target="([^"]*)"/g)].map((m) => m[1]);
  expect(targets).toEqual(['../%5C%5Cevil.example%5Cshare%5Cb.xlsx', '../javascript%3Aalert(1).xlsx']);
});

/**
 * Every workbook of the corpus the direct reader opens, read with worksheets taken from their bytes where they
 * can be (sheet-bytes.ts) and read wholly as text: the same sheets, rows, merges, tags, and the same reasons
 * to give up or refuse. The count of files whose sheets came from the bytes is checked too (a byte path that
 * always gave up would pass the comparison).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeInflate } from '../../src/cli/deflate';
import { readDirectWhy } from '../../src/xlsx/direct';
import * as sheetModule from '../../src/xlsx/direct/sheet';
import { CORPUS_FILES, manifest } from './manifest';

const OOXML = new Set(['xlsx', 'xlsm', 'xltx', 'xltm']);

async function outcome(bytes: Uint8Array, file: string, textOnly: boolean): Promise<unknown> {
  try {
    return await readDirectWhy(bytes, file, nodeInflate, { textOnly });
  } catch (e) {
    return { thrown: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

test('corpus: worksheets read from their bytes give what reading them as text gives, file by file', async () => {
  const files = manifest().filter((row) => OOXML.has(row.ext));
  const spy = jest.spyOn(sheetModule, 'parseSheet');
  const fromBytes: string[] = [];
  const read: string[] = [];
  try {
    for (const { file } of files) {
      const bytes = new Uint8Array(readFileSync(join(CORPUS_FILES, file)));
      const viaText = await outcome(bytes, file, true);
      spy.mockClear();
      const viaDefault = await outcome(bytes, file, false);
      expect({ file, out: viaDefault }).toEqual({ file, out: viaText });
      if (typeof viaDefault === 'object' && viaDefault !== null && 'sheets' in viaDefault) read.push(file);
      if (spy.mock.calls.some((call, k) => call[3] !== undefined && spy.mock.results[k]?.type === 'return')) fromBytes.push(file);
    }
  } finally {
    spy.mockRestore();
  }
  // Counted at the commit that added the byte path: of 534 workbooks, 503 read directly, 236 of them with at
  // least one sheet from its bytes (the others' sheets hold formulas, inline strings, entities, text outside
  // ASCII in <v>, prefixes… and are read as text).
  expect([files.length, read.length, fromBytes.length]).toEqual([534, 503, 236]);
});

/**
 * `npm run test:corpus`: every file of the real-producer corpus (../shared/corpus) through the CLI's reader
 * (`loadFiles`, then the engine as `ledger validate` runs it), with the verdict expectations.ts gives — read,
 * or refused with a reason — and within the time bound; wherever both readers read a file, the direct reader
 * and the exceljs path give the same workbook; where only the direct reader reads one because of how its XML
 * is written (namespace prefixes, UTF-16), exceljs reading the same package rewritten into the form it reads
 * (canonical.ts) gives the same workbook.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeInflate } from '../../src/cli/deflate';
import { loadFiles } from '../../src/cli/load';
import { nodeIo } from '../../src/cli/node-io';
import { checkWorkbooks } from '../../src/ledger';
import type { WorkbookInput } from '../../src/ledger/types';
import { readDirectWhy } from '../../src/xlsx/direct';
import { openEncrypted } from '../../src/xlsx/encrypted';
import { readViaExcelJs } from '../../src/xlsx/read';
import { canonicalPackage } from './canonical';
import { BOUND_MS, DIRECT_STEPS_ASIDE, EXCELJS_MISREADS, EXCELJS_NOT_RUN, SPREADSHEET_ML, expected } from './expectations';
import { CORPUS, CORPUS_FILES, manifest } from './manifest';

if (!existsSync(join(CORPUS, 'manifest.tsv'))) throw new Error(`the corpus is missing: ${CORPUS} (clone ../shared beside the repository)`);
const ROWS = manifest();
const isSpreadsheetMl = (ext: string) => (SPREADSHEET_ML as readonly string[]).includes(ext);

/** What the run saw, for the counts checked at the end (a differential that never ran would pass). */
const seen = { files: 0, read: 0, readDirectly: 0, bothRead: 0, crossChecked: 0, slowest: { file: '', ms: 0 } };

async function exceljs(bytes: Uint8Array, name: string): Promise<WorkbookInput | null> {
  try {
    return await readViaExcelJs(bytes, name, { inflate: nodeInflate });
  } catch {
    return null;
  }
}

describe('the real-producer corpus through the CLI reader', () => {
  test.each(ROWS.map((row) => [row.file, row] as const))('%s', async (_name, row) => {
    const path = join(CORPUS_FILES, row.file);
    const want = expected(row);
    const cpu = process.cpuUsage();
    const [loaded] = await loadFiles(nodeIo(), [path]);
    if (loaded?.workbook) checkWorkbooks([loaded.workbook], { today: '2025-06-01' });
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    seen.files++;
    if (ms > seen.slowest.ms) seen.slowest = { file: row.file, ms };

    const verdict = loaded?.workbook ? 'read' : 'refused';
    const reason = loaded?.unreadable?.reason ?? null;
    // The refusal's detail is shown beside the verdict when they differ, never compared.
    const got = { file: row.file, verdict, reason, detail: loaded?.unreadable?.detail ?? null, why: want.why };
    expect(got).toEqual({ ...got, verdict: want.verdict, reason: want.verdict === 'read' ? null : (want.reason ?? expect.any(String)) });
    expect({ file: row.file, withinBound: ms <= BOUND_MS, ms }).toMatchObject({ withinBound: true });
    if (verdict !== 'read' || !isSpreadsheetMl(row.ext)) return;
    seen.read++;

    // The same bytes the CLI read (decrypted when Excel's default password locks them), read by each reader.
    const plain = await openEncrypted(new Uint8Array(readFileSync(path)), row.file);
    const direct = await readDirectWhy(plain, row.file, nodeInflate);
    const stepsAside = DIRECT_STEPS_ASIDE[row.file] !== undefined;
    expect({ file: row.file, direct: typeof direct === 'string' ? `gave up: ${direct}` : 'read' }).toEqual({ file: row.file, direct: stepsAside ? expect.stringMatching(/^gave up/) : 'read' });
    if (typeof direct === 'string') return;
    seen.readDirectly++;
    if (EXCELJS_NOT_RUN[row.file] !== undefined) return;
    const viaExcelJs = await exceljs(plain, row.file);
    if (viaExcelJs !== null) {
      seen.bothRead++;
      if (EXCELJS_MISREADS[row.file] !== undefined) expect(direct).not.toEqual(viaExcelJs);
      else expect(direct).toEqual(viaExcelJs);
      return;
    }
    const rewritten = await canonicalPackage(plain);
    const second = rewritten === null ? null : await exceljs(rewritten, row.file);
    if (second === null) return;
    seen.crossChecked++;
    // exceljs finds worksheets by part name (`sheetN.xml`) and silently drops one stored under another name
    // (POI's 65016.xlsx: `worksheets/sheet.xml`): compare the sheets it kept, in order.
    const kept = new Set(second.sheets.map((s) => s.name));
    expect({ ...direct, sheets: direct.sheets.filter((s) => kept.has(s.name)) }).toEqual(second);
  });

  test('every file was seen; the readers were compared on the files both read and cross-checked on the prefixed ones', () => {
    // Measured when this test was written: 675 files, 505 .xlsx/.xlsm/.xltx/.xltm read (503 by the direct
    // reader), 336 read by both readers, 147 only by the direct reader and cross-checked through the rewrite.
    console.log(`corpus: ${JSON.stringify(seen)}`);
    expect(seen.files).toBe(ROWS.length);
    expect(seen.read).toBeGreaterThanOrEqual(505);
    expect(seen.readDirectly).toBe(seen.read - Object.keys(DIRECT_STEPS_ASIDE).length);
    expect(seen.bothRead).toBeGreaterThanOrEqual(330);
    expect(seen.crossChecked).toBeGreaterThanOrEqual(145);
  });
});

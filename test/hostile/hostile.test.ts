/**
 * Every hostile case, small build, read with its caps: the outcome it must have, through `readXlsx` (direct
 * reader first) and through the exceljs path alone; a file that is read is also checked by the engine. The
 * true-size builds are measured as processes in bounds.test.ts.
 */
import { nodeCrc32, nodeInflate } from '../../src/cli/deflate';
import { checkWorkbooks } from '../../src/ledger';
import type { WorkbookInput } from '../../src/ledger/types';
import { isXlsxReadError } from '../../src/xlsx/errors';
import { limitsWith } from '../../src/xlsx/limits';
import { readViaExcelJs, readXlsx } from '../../src/xlsx/read';
import { HOSTILE_CASES } from './cases';

// A few cases are read whole and then checked by the engine (250,000 findings): seconds each, under load more.
jest.setTimeout(60_000);
import type { Outcome } from './cases';

async function outcomeOf(read: () => Promise<WorkbookInput>, expected: Outcome): Promise<void> {
  let book: WorkbookInput | null = null;
  let error: unknown = null;
  try {
    book = await read();
  } catch (e) {
    error = e;
  }
  if ('read' in expected) {
    if (error !== null) throw new Error(`expected the file to be read, got ${String(error)}`);
    expected.read(book as WorkbookInput);
    checkWorkbooks([book as WorkbookInput], { today: '2024-05-01' });
    return;
  }
  if (!isXlsxReadError(error)) throw new Error(`expected a refusal (${expected.refused}), got ${error === null ? 'a workbook' : String(error)}`);
  expect(error.reason).toBe(expected.refused);
  if (expected.limit) expect(error.params['limit']).toBe(expected.limit);
}

describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const limits = limitsWith(c.limits);
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = c.small();
  });

  test('readXlsx (the CLI, the import and the preview)', async () => {
    await outcomeOf(() => readXlsx(bytes, 'hostile.xlsx', { inflate: nodeInflate, crc32: nodeCrc32, limits }), c.expect);
  });

  test('readXlsx in the browser way (DecompressionStream, JavaScript CRC-32)', async () => {
    await outcomeOf(() => readXlsx(bytes, 'hostile.xlsx', { limits }), c.expect);
  });

  test('the exceljs path alone', async () => {
    await outcomeOf(() => readViaExcelJs(bytes, 'hostile.xlsx', { inflate: nodeInflate, limits }), c.fallback ?? c.expect);
  });
});

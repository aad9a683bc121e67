import { XlsxReadError } from '../../src/xlsx/errors';
import { readXlsx } from '../../src/xlsx/read';
import { damageEntry, encryptedXlsx, legacyXls, randomBytes, truncated } from './bad-files';
import { fill, xlsxOf } from './helpers';

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes, 'bad.xlsx');
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).file).toBe('bad.xlsx');
    return (e as XlsxReadError).reason;
  }
  throw new Error('readXlsx accepted bad input');
}

const goodFile = () => xlsxOf((wb) => fill(wb.addWorksheet('台帳'), [['番号', '情報資産名', '内容'], [1, '住民基本台帳', '住民の記録']]));

describe('readXlsx: unreadable input rejects with a reason', () => {
  test('zero bytes', async () => expect(await reason(new Uint8Array(0))).toBe('empty'));
  test('random bytes', async () => expect(await reason(randomBytes(5000))).toBe('not-zip'));
  test('a text file', async () => expect(await reason(new TextEncoder().encode('番号,情報資産名\n1,x\n'))).toBe('not-zip'));
  test('a truncated xlsx', async () => expect(await reason(truncated(await goodFile()))).toBe('truncated'));
  test('a password-protected xlsx (OLE container with EncryptedPackage)', async () => expect(await reason(encryptedXlsx())).toBe('encrypted'));
  test('a legacy .xls (OLE container with a Workbook stream)', async () => expect(await reason(legacyXls())).toBe('xls'));
  test('an empty zip', async () => expect(await reason(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]))).toBe('not-xlsx'));

  test('a zip with a damaged sheet (its compressed data overwritten, the central directory intact)', async () => {
    expect(await reason(damageEntry(await goodFile(), 'xl/worksheets/sheet1.xml'))).toBe('corrupt');
  });

  test('a good file still reads (the checks do not reject real workbooks)', async () => {
    const book = await readXlsx(await goodFile(), 'ok.xlsx');
    expect(book.sheets[0]?.rows).toEqual([['番号', '情報資産名', '内容'], [1, '住民基本台帳', '住民の記録']]);
  });

  test('an ArrayBuffer is accepted as well as a Uint8Array', async () => {
    const bytes = await goodFile();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readXlsx(buffer, null)).sheets).toHaveLength(1);
  });
});

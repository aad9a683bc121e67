/**
 * Encrypted files from real producers: the agile ones (Excel via POI's test data, excelize) decrypt with the
 * passwords their projects' tests use and read as workbooks; with Excel's default password they stay refused
 * as `encrypted`, as does a standard-encrypted file with a real password. (58616.xlsx, encrypted with the
 * default password, is read: values.corpus.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeInflate } from '../../src/cli/deflate';
import { decryptPackage } from '../../src/xlsx/crypto/office';
import { readXlsx } from '../../src/xlsx/read';
import { CORPUS_FILES } from './manifest';

const bytes = (file: string) => new Uint8Array(readFileSync(join(CORPUS_FILES, file)));

test.each([
  ['apache+poi__60320-protected.xlsx', 'Test001!!'],
  ['apache+poi__protected_sha512.xlsx', 'this is a test'],
  ['qax-os+excelize__encryptSHA512.xlsx', 'password'],
])('%s: agile encryption, decrypted with its password, reads as a workbook; refused without it', async (file, password) => {
  const inner = await decryptPackage(bytes(file), password);
  if (typeof inner === 'string') throw new Error(`not decrypted: ${inner}`);
  const book = await readXlsx(inner, file, { inflate: nodeInflate });
  expect(book.sheets.length).toBeGreaterThan(0);
  await expect(readXlsx(bytes(file), file, { inflate: nodeInflate })).rejects.toMatchObject({ reason: 'encrypted' });
});

test('standard encryption with a real password (python-calamine password.xlsx): refused as encrypted', async () => {
  expect(await decryptPackage(bytes('dimastbk+python-calamine__password.xlsx'), 'VelvetSweatshop')).toBe('password');
  await expect(readXlsx(bytes('dimastbk+python-calamine__password.xlsx'), 'p.xlsx')).rejects.toMatchObject({ reason: 'encrypted' });
});

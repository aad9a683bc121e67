/**
 * The preview hands a whole workbook to exceljs (formats, validations, everything): opening a file, and its
 * runtime's insertWorksheetsFromBase64, check it first under the fallback's caps, so a bomb cannot take the
 * browser tab down; the user reads the FILE_UNREADABLE message.
 */
import { loadXlsx } from '../../src/preview/runtime';
import { openWorkbook } from '../../src/preview/workbookFiles';
import { HOSTILE_CASES } from './cases';

jest.setTimeout(60_000);

const build = (name: string) => {
  const c = HOSTILE_CASES.find((x) => x.name.startsWith(name));
  if (!c) throw new Error(name);
  return (c.trueSize ?? c.small)();
};

test('a gigabyte media bomb: refused before exceljs inflates it', async () => {
  await expect(loadXlsx(build('zip bomb in a media entry'))).rejects.toMatchObject({ reason: 'too-large', params: { limit: 'fallbackBytes', part: 'xl/media/image1.png' } });
});

test('one merge over the whole sheet: refused before exceljs builds 17 billion cells', async () => {
  await expect(loadXlsx(build('one merge over the whole sheet'))).rejects.toMatchObject({ reason: 'too-large', params: { limit: 'fallbackMergedCells' } });
});

test('billion laughs: refused, nothing expanded', async () => {
  await expect(loadXlsx(build('billion laughs'))).rejects.toMatchObject({ reason: 'corrupt' });
});

test('opening it in the preview says why, in Japanese', async () => {
  const file = new File([build('one merge over the whole sheet') as Uint8Array<ArrayBuffer>], '巨大.xlsx');
  await expect(openWorkbook(file)).rejects.toThrow(
    'ファイルが大きすぎるか、壊れている可能性があります（このブックは互換の読み取り方法でしか読めず、その方法で扱える結合セルの広さ（合計 1,000,000 セル）を超えています）。',
  );
});

test('a ZIP64 workbook still opens; one of 65,535 entries does not (exceljs takes half a minute over so many), with the number', async () => {
  expect((await loadXlsx(build('ZIP64 end records, the classic end record maxed out'))).sheets.map((s) => s.name)).toEqual(['台帳_総務課']);
  await expect(loadXlsx(build('a valid zip of 65,535 entries'))).rejects.toMatchObject({ reason: 'too-large', params: { limit: 'fallbackEntries', max: 10_000, actual: 65_535 } });
});

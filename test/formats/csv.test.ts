import { XlsxReadError } from '../../src/xlsx/errors';
import { readSpreadsheet } from '../../src/xlsx/spreadsheet';
import type { SpreadsheetRead } from '../../src/xlsx/spreadsheet';
import { fixture } from '../xlsx/fixture-files';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (h: string) => new Uint8Array(h.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

async function csv(bytes: Uint8Array, name = '総務課.csv'): Promise<SpreadsheetRead> {
  return readSpreadsheet(bytes, name);
}
async function rows(text: string): Promise<unknown> {
  return (await csv(utf8(text))).workbook.sheets[0]?.rows;
}
async function reason(bytes: Uint8Array, name = 'x.csv'): Promise<string> {
  try {
    await readSpreadsheet(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return (e as XlsxReadError).reason;
  }
  throw new Error('read a file it should refuse');
}

describe('CSV: one sheet named after the file, every value text', () => {
  test('a ledger as a business system exports it', async () => {
    const r = await csv(utf8('情報資産台帳（総務課）\r\n課名,総務課,更新日,2025/4/1\r\n番号,情報資産名,内容,群,レベル\r\n0001,住民基本台帳,住民の記録,A群,レベル1\r\n'), 'C:\\提出\\台帳_総務課.csv');
    expect(r.format).toBe('csv');
    expect(r.encoding).toBe('UTF-8');
    expect(r.workbook.file).toBe('C:\\提出\\台帳_総務課.csv');
    expect(r.workbook.sheets).toEqual([
      {
        name: '台帳_総務課',
        rows: [
          ['情報資産台帳（総務課）'],
          ['課名', '総務課', '更新日', '2025/4/1'],
          ['番号', '情報資産名', '内容', '群', 'レベル'],
          // Text, as written: 0001 is not the number 1, 2025/4/1 is not a date (the engine reads both from text).
          ['0001', '住民基本台帳', '住民の記録', 'A群', 'レベル1'],
        ],
        tag: null,
      },
    ]);
  });

  test('the sheet name: the file name without folder and extension, sanitised and cut to 31 characters', async () => {
    const name = async (file: string) => (await csv(utf8('a'), file)).workbook.sheets[0]?.name;
    expect(await name('/data/企画課.CSV')).toBe('企画課');
    expect(await name('a:b[1].csv')).toBe('a：b［1］');
    expect(await name('台帳_とても長い課の名前が入ったファイル名で三十一文字を超えるもの.csv')).toBe('台帳_とても長い課の名前が入ったファイル名で三十一文字を超える');
  });

  test('empty fields are left out, blank lines kept as gaps, trailing blank lines dropped', async () => {
    expect(await rows('a,,c,,\n\n,b\n\n\n')).toEqual([['a', null, 'c'], [], [null, 'b']]);
  });

  test('a ledger template saved as CSV keeps its tag text in AZ1: read as the tag', async () => {
    const tag = 'LEDGER-TAG {""policyId"":""hanamaki"",""templateVersion"":""1"",""department"":""総務課""}';
    const r = await csv(utf8(`情報資産台帳（総務課）${','.repeat(51)}"${tag}"\n番号,情報資産名,内容\n`));
    expect(r.workbook.sheets[0]?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    expect(r.workbook.sheets[0]?.rows).toEqual([['情報資産台帳（総務課）'], ['番号', '情報資産名', '内容']]);
  });
});

describe('CSV quoting (RFC 4180, read as leniently as Excel)', () => {
  test('quoted fields hold commas, doubled quotes and line breaks', async () => {
    expect(await rows('"a,b","say ""hi""","line1\nline2"\n')).toEqual([['a,b', 'say "hi"', 'line1\nline2']]);
  });

  test('CRLF, LF and a lone CR all end a record; a line break inside quotes is kept as LF', async () => {
    expect(await rows('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(await rows('"x\r\ny\rz",w\r\n')).toEqual([['x\ny\nz', 'w']]);
  });

  test('an empty quoted field is empty; a quote inside an unquoted field is an ordinary character', async () => {
    expect(await rows('"",a"b,5"\n')).toEqual([[null, 'a"b', '5"']]);
  });

  test('text after a closing quote is kept; a quote never closed runs to the end of the file', async () => {
    expect(await rows('"ab"cd,e\n')).toEqual([['abcd', 'e']]);
    expect(await rows('a,"open\nstill open')).toEqual([['a', 'open\nstill open']]);
  });

  test('spaces around fields are data (TEXT_UNTRIMMED reports them), and a space before a quote makes the quote text', async () => {
    expect(await rows(' a , "b" ,c\n')).toEqual([[' a ', ' "b" ', 'c']]);
  });

  test('a delimiter at the very end is an empty last field; no line break at the end is fine', async () => {
    expect(await rows('a,b,')).toEqual([['a', 'b']]);
  });

  test('tab-separated text (Excel’s “Unicode text”) and Excel’s sep= line', async () => {
    expect(await rows('番号\t情報資産名\n1\t"住民, 記録"\n')).toEqual([['番号', '情報資産名'], ['1', '住民, 記録']]);
    expect(await rows('sep=;\r\n番号;名称\r\n1;a,b\r\n')).toEqual([['番号', '名称'], ['1', 'a,b']]);
    // Decided by the first records, not the first line alone (a lone title has neither).
    expect(await rows('情報資産台帳（総務課）\n番号\t情報資産名\n1\t会議録\n')).toEqual([['情報資産台帳（総務課）'], ['番号', '情報資産名'], ['1', '会議録']]);
    // More records with commas than with tabs: commas, and the tabs are text.
    expect(await rows('a\tb,c\nd,e\n')).toEqual([['a\tb', 'c'], ['d', 'e']]);
  });

  test('formula-looking text stays text', async () => {
    expect(await rows('=SUM(A1:A3),+81-3,-会議,@メモ\n')).toEqual([['=SUM(A1:A3)', '+81-3', '-会議', '@メモ']]);
  });
});

describe('CSV encodings: decided from the bytes, and said', () => {
  test('UTF-8 with a byte-order mark: the mark is not part of the first cell', async () => {
    const r = await csv(concat([0xef, 0xbb, 0xbf], utf8('番号,情報資産名\n1,住民記録\n')));
    expect(r.encoding).toBe('UTF-8 BOM');
    expect(r.workbook.sheets[0]?.rows).toEqual([['番号', '情報資産名'], ['1', '住民記録']]);
  });

  test('Shift_JIS (CP932) with 髙 and 﨑 in both their NEC and IBM codes, ①, ㈱, half-width kana, ～ and −', async () => {
    // 髙: EE E0 (NEC-selected IBM extension, what Windows writes) and FB FC (IBM extension); 﨑: ED 95 and FA B1.
    const bytes = concat(
      hex('94d48d862c8fee95f18e918e5996bc0a'), // 番号,情報資産名\n
      hex('312ceee08bb4'), // 1,髙橋
      hex('2cfbfc8bb4'), // ,髙橋
      hex('2c8e52ed95'), // ,山﨑
      hex('2c8e52fab1'), // ,山﨑
      hex('2c8740878a'), // ,①㈱
      hex('2cb1b2b3cadf'), // ,ｱｲｳﾊﾟ
      hex('2c8160817c0a'), // ,～−\n
    );
    const r = await csv(bytes);
    expect(r.encoding).toBe('Shift_JIS');
    expect(r.workbook.sheets[0]?.rows).toEqual([
      ['番号', '情報資産名'],
      // Windows' mapping: ～ is U+FF5E and − is U+FF0D (not JIS X 0208's U+301C and U+2212).
      ['1', '髙橋', '髙橋', '山﨑', '山﨑', '①㈱', 'ｱｲｳﾊﾟ', '\uff5e\uff0d'],
    ]);
  });

  test('a CSV LibreOffice exported in Shift_JIS reads the same as its UTF-8 export', async () => {
    const sjis = await csv(fixture('jinji-csv-sjis.csv'), 'jinji-csv.csv');
    const utf = await csv(fixture('jinji-csv-utf8.csv'), 'jinji-csv.csv');
    expect([sjis.encoding, utf.encoding]).toEqual(['Shift_JIS', 'UTF-8']);
    expect(sjis.workbook).toEqual(utf.workbook);
    expect(sjis.workbook.sheets[0]?.rows).toEqual([
      ['情報資産台帳（人事課）'],
      ['課名', '人事課', '更新日', '2025/4/1'],
      [],
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      ['0007', '職員名簿（髙橋・山﨑を含む）', '氏名, 所属', 'A群', 'レベル1'],
      ['8', 'ｶﾞｲﾌﾞ委託契約書', '契約書の原本\n（紙）', 'B群', 'レベル１', '①注記'],
      ['9', '㈱花巻システム保守記録', '保守の"記録"', 'A群', 'レベル2'],
      ['10', '給与明細', '給与計算の記録', 'A群', 'レベル2'],
    ]);
  });

  test('EUC-JP: read as EUC-JP when only that fits, and when Shift_JIS would turn it into half-width kana', async () => {
    const only = await csv(hex('c8d6b9e62cbef0caf3bbf1bbbaccbe2cc6e2cdc60a312cbdbbccb1b5adcfbf2ca5c6a5b9a5c80a'));
    expect(only.encoding).toBe('EUC-JP');
    expect(only.workbook.sheets[0]?.rows).toEqual([['番号', '情報資産名', '内容'], ['1', '住民記録', 'テスト']]);
    // テスト in EUC-JP is also valid Shift_JIS (･ﾆ･ｹ･ﾈ): the reading without half-width kana wins.
    const both = await csv(hex('a5c6a5b9a5c8'));
    expect([both.encoding, both.workbook.sheets[0]?.rows]).toEqual(['EUC-JP', [['テスト']]]);
  });

  test('UTF-16 with a mark (Excel’s “Unicode text”, tab-separated) and without; UTF-32 without a mark', async () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'番号\t名称\r\n1\t住民\r\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const r = await csv(le);
    expect([r.encoding, r.workbook.sheets[0]?.rows]).toEqual(['UTF-16LE', [['番号', '名称'], ['1', '住民']]]);
    const be = new Uint8Array([...'Å,1\r\n2,3\r\n'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect((await csv(be)).encoding).toBe('UTF-16BE');
    const le32 = new Uint8Array([...'Å,1\r\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0]));
    const r32 = await csv(le32);
    expect([r32.encoding, r32.workbook.sheets[0]?.rows]).toEqual(['UTF-32LE', [['Å', '1']]]);
  });

  test('a DOS end-of-file mark (Ctrl-Z) at the end is dropped', async () => {
    expect((await csv(concat(utf8('a,b\r\n'), [0x1a]))).workbook.sheets[0]?.rows).toEqual([['a', 'b']]);
  });
});

describe('CSV refused, each with its reason', () => {
  test('text in none of the encodings we read (a byte no encoding allows; JIS with its escapes): text-encoding', async () => {
    expect(await reason(concat(utf8('番号,'), [0xa0, 0xfd], utf8('\n')))).toBe('text-encoding');
    expect(await reason(hex('1b2442485639661b2842'))).toBe('text-encoding');
  });

  test('binary data is not text: not-zip', async () => {
    expect(await reason(concat(utf8('番号,'), [0x00, 0x01, 0x02, 0x03, 0x9c], utf8('\n')))).toBe('not-zip');
  });

  test('zero bytes: empty (a copy that failed, not an empty ledger)', async () => {
    expect(await reason(new Uint8Array(0))).toBe('empty');
  });

  test('past Excel’s 16,384 columns or 1,048,576 rows: sheet-too-large', async () => {
    expect(await reason(utf8(`${','.repeat(16_384)}x\n`))).toBe('sheet-too-large');
    // Empty columns beyond the last one cost nothing.
    expect((await csv(utf8(`x${','.repeat(20_000)}\n`))).workbook.sheets[0]?.rows).toEqual([['x']]);
    expect(await reason(utf8(`${'\n'.repeat(1_048_576)}x\n`))).toBe('sheet-too-large');
    expect((await csv(utf8(`${'\n'.repeat(1_048_575)}x\n`))).workbook.sheets[0]?.rows.length).toBe(1_048_576);
  });

  test('text under an .xlsx or .ods name is a mix-up, not a CSV: text-misnamed', async () => {
    expect(await reason(utf8('番号,情報資産名\n'), '総務課.xlsx')).toBe('text-misnamed');
    expect(await reason(utf8('番号,情報資産名\n'), '総務課.ods')).toBe('text-misnamed');
    // Excel opens CSV text named .xls or .txt: so do we.
    expect((await csv(utf8('番号,情報資産名\n'), '総務課.xls')).format).toBe('csv');
    expect((await csv(utf8('番号,情報資産名\n'), '総務課.txt')).format).toBe('csv');
  });
});

/** The --departments list file: encodings a Japanese PC saves, comments, duplicates with line numbers. */
import { decodeList, listLines, readDepartmentList } from '../../src/cli/department-list';

/** 総務課 / 企画課 in Shift_JIS (as Notepad's "ANSI" saves it on a Japanese PC), CRLF. */
const SJIS = new Uint8Array([0x91, 0x8d, 0x96, 0xb1, 0x89, 0xdb, 0x0d, 0x0a, 0x8a, 0xe9, 0x89, 0xe6, 0x89, 0xdb, 0x0d, 0x0a]);
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

describe('the department list file', () => {
  test.each([
    ['UTF-8', utf8('総務課\n企画課\n'), 'utf-8'],
    ['UTF-8 with BOM', utf8('\uFEFF総務課\r\n企画課\r\n'), 'utf-8'],
    ['Shift_JIS', SJIS, 'shift_jis'],
    ['UTF-16 with BOM', utf16le('総務課\r\n企画課\r\n'), 'utf-16le'],
  ])('%s is read', (_name, bytes, encoding) => {
    expect(readDepartmentList(bytes)).toEqual({ departments: ['総務課', '企画課'], duplicates: [], encoding });
  });

  test('a binary file (an .xlsx given by mistake) or bytes that are neither UTF-8 nor Shift_JIS are no list', () => {
    expect(decodeList(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBeNull();
    expect(decodeList(new Uint8Array([0x91, 0xff, 0xfe, 0x80]))).toBeNull();
  });

  test('blank lines and # or ＃ comments are ignored, spaces trimmed, line numbers kept', () => {
    expect(listLines('# 本庁\n\n  総務課  \n＃ 支所\n企画課\r\n')).toEqual([
      { name: '総務課', line: 3 },
      { name: '企画課', line: 5 },
    ]);
  });

  test('a 課 listed twice (ignoring width and spaces) is kept once and reported with both lines', () => {
    expect(readDepartmentList(utf8('総務課\n企画課\n# x\n総務 課\nＸＹ課\nXY課\n'))).toEqual({
      departments: ['総務課', '企画課', 'ＸＹ課'],
      duplicates: [
        { name: '総務 課', line: 4, first: '総務課', firstLine: 1 },
        { name: 'XY課', line: 6, first: 'ＸＹ課', firstLine: 5 },
      ],
      encoding: 'utf-8',
    });
  });
});

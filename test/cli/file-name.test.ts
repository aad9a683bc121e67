/** The hand-out's file names: safe on Windows, never a path, unique. */
import { safeFileName } from '../../src/cli/file-name';

const one = (name: string) => safeFileName(name, '.xlsx', new Set());

describe('safeFileName', () => {
  test.each([
    ['台帳_総務課', '台帳_総務課.xlsx'],
    ['総務/庶務\\係', '総務／庶務＼係.xlsx'],
    ['a:b*c?d"e<f>g|h', 'a：b＊c？d＂e＜f＞g｜h.xlsx'],
    ['..', '．．.xlsx'],
    ['../../etc/passwd', '．．／..／etc／passwd.xlsx'], // no separator is left, so the inner dots are plain text
    ['.hidden', '．hidden.xlsx'],
    ['総務課. . ', '総務課.xlsx'],
    ['  ', '_.xlsx'],
    ['tab\there\u0000', 'tabhere.xlsx'],
  ])('%j → %j', (name, expected) => {
    expect(one(name)).toBe(expected);
    expect(one(name)).not.toMatch(/[/\\]/);
  });

  test.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'lpt9', 'COM¹', 'CONIN$', 'con.txt', 'NUL '])('the reserved device name %j gets an underscore', (name) => {
    const got = one(name);
    expect(got.endsWith('.xlsx')).toBe(true);
    expect(got.split('.')[0]?.trim().toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM.|LPT.|CONIN\$)$/);
  });

  test('the underscore goes right after the device name', () => {
    expect([one('CON'), one('con.txt'), one('NUL ')]).toEqual(['CON_.xlsx', 'con_.txt.xlsx', 'NUL_.xlsx']);
  });

  test('a long 課 name is cut to 200 bytes without splitting a character', () => {
    const got = one('課'.repeat(100)); // 300 bytes in UTF-8
    expect(new TextEncoder().encode(got).length).toBe(66 * 3 + 5);
    expect(got).toBe(`${'課'.repeat(66)}.xlsx`);
    expect(one(`${'a'.repeat(199)}😀`)).toBe(`${'a'.repeat(199)}.xlsx`);
  });

  test('a name already taken (compared case-insensitively, as Windows does) gets (2), (3)', () => {
    const taken = new Set<string>();
    expect(['IT課', 'it課', 'It課', 'IT/課', 'IT／課'].map((n) => safeFileName(n, '.xlsx', taken))).toEqual([
      'IT課.xlsx',
      'it課(2).xlsx',
      'It課(3).xlsx',
      'IT／課.xlsx',
      'IT／課(2).xlsx',
    ]);
  });
});

/**
 * Summary links are relative paths or file: URIs of real paths, never a scheme or a host taken from a file's
 * name (issue 9 item 6).
 */
import { posix, win32 } from 'node:path';
import { linkFromPath } from '../../src/xlsx/link';

/** What the CLI does: the path relative to the summary's folder, then the link. */
const linkFor = (style: 'posix' | 'win32', outDir: string, file: string) =>
  linkFromPath((style === 'win32' ? win32 : posix).relative(outDir, (style === 'win32' ? win32 : posix).resolve(outDir, file)), style);

describe('linkFromPath', () => {
  test('on Linux, a file named like a UNC path or a URL stays a file in the current folder', () => {
    expect(linkFor('posix', '/home/u/out', '/home/u/out/\\\\evil.example\\share\\b.xlsx')).toBe('%5C%5Cevil.example%5Cshare%5Cb.xlsx');
    expect(linkFor('posix', '/home/u/out', '/home/u/out/javascript:alert(1).xlsx')).toBe('javascript%3Aalert(1).xlsx');
    expect(linkFor('posix', '/home/u/out', '/home/u/in/https:/evil.example/x.xlsx')).toBe('../in/https%3A/evil.example/x.xlsx');
    expect(linkFor('posix', '/home/u/out', '/home/u/in//x.xlsx')).toBe('../in/x.xlsx');
  });

  test('relative paths: separators as /, the characters a URI reserves encoded, Japanese kept', () => {
    expect(linkFor('posix', '/d/out', '/d/課/総務 課 #1 50%?.xlsx')).toBe('../課/総務%20課%20%231%2050%25%3F.xlsx');
    expect(linkFor('win32', 'C:\\d\\out', 'C:\\d\\課\\総務課.xlsx')).toBe('../課/総務課.xlsx');
    expect(linkFor('posix', '/d', '/d/a\u0007b\u001b.xlsx')).toBe('a%07b%1B.xlsx');
  });

  test('on Windows, a real UNC share given as a real path stays a file link to that share', () => {
    expect(linkFor('win32', 'C:\\集計', '\\\\fileserver\\課\\総務課.xlsx')).toBe('file://fileserver/課/総務課.xlsx');
    expect(linkFor('win32', 'C:\\集計', 'D:\\台帳\\総務課.xlsx')).toBe('file:///D:/台帳/総務課.xlsx');
  });

  test('from a name on Linux: never a scheme, never a host (an absolute path is a local file: URI)', () => {
    const names = ['\\\\evil\\s\\b.xlsx', '//evil/s/b.xlsx', 'javascript:x', 'http://evil/x', 'mailto:a@b', 'C:x.xlsx', '\\x.xlsx'];
    expect(names.map((n) => linkFromPath(n, 'posix'))).toEqual([
      '%5C%5Cevil%5Cs%5Cb.xlsx',
      'file:///evil/s/b.xlsx',
      'javascript%3Ax',
      'http%3A/evil/x',
      'mailto%3Aa@b',
      'C%3Ax.xlsx',
      '%5Cx.xlsx',
    ]);
  });
});

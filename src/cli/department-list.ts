/**
 * The expected-department list file (`--departments 課一覧.txt`) of validate, consolidate and the hand-out: one 課
 * per line, blank lines and `#` comments ignored. Saved by Notepad or Excel on a Japanese PC it may be UTF-8
 * (with or without BOM), UTF-16 with BOM ("Unicode") or Shift_JIS ("ANSI"): the encoding is told from the bytes
 * (a BOM, else strict UTF-8, else strict Shift_JIS). A 課 listed twice (ignoring width and spaces) is kept once
 * and reported with both line numbers.
 */
import { departmentList, listLines } from '../ledger/departments';

export { listLines };

export type ListEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export interface ListDuplicate {
  readonly name: string;
  /** 1-based line numbers in the file. */
  readonly line: number;
  readonly first: string;
  readonly firstLine: number;
}

export interface DepartmentListFile {
  readonly departments: string[];
  readonly duplicates: readonly ListDuplicate[];
  readonly encoding: ListEncoding;
}

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The list's text and how it was encoded; null when it is none of the encodings above. */
export function decodeList(bytes: Uint8Array): { text: string; encoding: ListEncoding } | null {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return wrap(strict('utf-16le', bytes), 'utf-16le');
  if (a === 0xfe && b === 0xff) return wrap(strict('utf-16be', bytes), 'utf-16be');
  const utf8 = strict('utf-8', bytes); // drops a UTF-8 BOM
  if (utf8 !== null) return wrap(utf8, 'utf-8');
  return wrap(strict('shift_jis', bytes), 'shift_jis');
}

/** Control characters no list typed by hand holds (tab, LF, CR and form feed aside): a binary file, not a list. */
// eslint-disable-next-line no-control-regex -- control characters are what tells a binary file
const BINARY = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function wrap(text: string | null, encoding: ListEncoding): { text: string; encoding: ListEncoding } | null {
  return text === null || BINARY.test(text) ? null : { text: text.replace(/^\uFEFF/, ''), encoding };
}

/** Read a list file's bytes; null when they are not text in a known encoding. */
export function readDepartmentList(bytes: Uint8Array): DepartmentListFile | null {
  const decoded = decodeList(bytes);
  if (decoded === null) return null;
  const lines = listLines(decoded.text);
  const list = departmentList(lines.map((l) => l.name));
  return {
    departments: [...list.departments],
    duplicates: list.duplicates.map((d) => ({ name: d.name, line: lines[d.index]?.line ?? 0, first: d.first, firstLine: lines[d.firstIndex]?.line ?? 0 })),
    encoding: decoded.encoding,
  };
}

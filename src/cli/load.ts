import type { Issue, Severity, WorkbookInput } from '../ledger/types';
import type { TextEncoding } from '../xlsx/csv/encoding';
import { isXlsxReadError } from '../xlsx/errors';
import { readSpreadsheet } from '../xlsx/spreadsheet';
import type { SpreadsheetFormat, SpreadsheetRead } from '../xlsx/spreadsheet';
import { nodeInflate } from './deflate';
import type { CliIo } from './io';
import { errorReason } from './write';

/** One input file: its workbook (and the format and text encoding it was read in), or why it could not be read. */
export interface LoadedFile {
  readonly path: string;
  readonly workbook: WorkbookInput | null;
  readonly unreadable: { reason: string; detail: string | null } | null;
  /** Null when the file could not be read. */
  readonly format: SpreadsheetFormat | null;
  /** The encoding a CSV was read in; null for other formats and unreadable files. */
  readonly encoding: TextEncoding | null;
}

/** A file that could not be read. */
export function unreadableFile(path: string, reason: string, detail: string | null): LoadedFile {
  return { path, workbook: null, unreadable: { reason, detail }, format: null, encoding: null };
}

/** A file that was read. */
export function loadedFile(path: string, read: SpreadsheetRead): LoadedFile {
  return { path, workbook: read.workbook, unreadable: null, format: read.format, encoding: read.encoding };
}

/** Read one file's bytes (any format readSpreadsheet takes); a file it refuses becomes `unreadable`. */
export async function parseFile(path: string, bytes: Uint8Array): Promise<LoadedFile> {
  try {
    return loadedFile(path, await readSpreadsheet(bytes, path, { inflate: nodeInflate }));
  } catch (e) {
    return unreadableFile(path, isXlsxReadError(e) ? e.reason : 'corrupt', errorReason(e));
  }
}

/**
 * Read every input (.xlsx/.xlsm, .ods, CSV). A file that cannot be read (missing, a directory, corrupt, encrypted, .xls…) becomes
 * `unreadable` with a reason and the others are still read. Bytes are read ahead while the previous
 * file is parsed, so disk and CPU overlap.
 */
export async function loadFiles(io: CliIo, paths: readonly string[]): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  const readBytes = (p: string) =>
    io.fs.readFile(p).then(
      (bytes) => ({ bytes, error: null }),
      (e: unknown) => ({ bytes: null, error: ioReason(errorReason(e)) }),
    );
  let next = paths.length > 0 ? readBytes(paths[0] ?? '') : null;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] ?? '';
    const current = await (next ?? readBytes(path));
    next = i + 1 < paths.length ? readBytes(paths[i + 1] ?? '') : null;
    out.push(current.bytes === null ? unreadableFile(path, current.error, null) : await parseFile(path, current.bytes));
  }
  return out;
}

/** A file-system error code as a FILE_UNREADABLE reason. */
export function ioReason(code: string): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  if (code === 'EISDIR') return 'directory';
  return 'io';
}

/** The FILE_UNREADABLE issue for a file (params: reason, and the system's detail when there is one). */
export function unreadableIssue(file: LoadedFile, severity: Severity): Issue {
  const params: Record<string, string> = { reason: file.unreadable?.reason ?? 'corrupt' };
  return {
    code: 'FILE_UNREADABLE',
    severity,
    location: { file: file.path, sheet: null, cell: null },
    department: null,
    params,
  };
}

/** The LEDGER_NOT_FOUND issue for a readable file without any ledger sheet. */
export function notFoundIssue(path: string, severity: Severity): Issue {
  return { code: 'LEDGER_NOT_FOUND', severity, location: { file: path, sheet: null, cell: null }, department: null, params: {} };
}

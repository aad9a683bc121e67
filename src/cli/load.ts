import type { Issue, Severity, WorkbookInput } from '../ledger/types';
import type { TextEncoding } from '../xlsx/csv/encoding';
import { isXlsxReadError } from '../xlsx/errors';
import { readSpreadsheet } from '../xlsx/spreadsheet';
import type { SpreadsheetFormat, SpreadsheetRead } from '../xlsx/spreadsheet';
import { DEFAULT_LIMITS } from '../xlsx/limits';
import { NODE_READ } from './deflate';
import type { CliIo } from './io';
import { errorReason } from './write';

/** Why a file could not be read: FILE_UNREADABLE's reason, the system's detail, and what the message may add. */
export interface Unreadable {
  readonly reason: string;
  readonly detail: string | null;
  /** For 'too-large': limit, max, actual, part (src/xlsx/limits.ts). */
  readonly params?: Readonly<Record<string, string | number | null>>;
}

/** One input file: its workbook (and the format and text encoding it was read in), or why it could not be read. */
export interface LoadedFile {
  readonly path: string;
  readonly workbook: WorkbookInput | null;
  readonly unreadable: Unreadable | null;
  /** Null when the file could not be read. */
  readonly format: SpreadsheetFormat | null;
  /** The encoding a CSV was read in; null for other formats and unreadable files. */
  readonly encoding: TextEncoding | null;
}

/** A file that could not be read. */
export function unreadableFile(path: string, unreadable: Unreadable): LoadedFile {
  return { path, workbook: null, unreadable, format: null, encoding: null };
}

/** What a reader rejected with, as an `Unreadable` (anything but an XlsxReadError is 'corrupt'). */
export function unreadableOf(e: unknown): Unreadable {
  if (isXlsxReadError(e)) return { reason: e.reason, detail: errorReason(e), params: e.params };
  return { reason: 'corrupt', detail: errorReason(e) };
}

/** A file that was read. */
export function loadedFile(path: string, read: SpreadsheetRead): LoadedFile {
  return { path, workbook: read.workbook, unreadable: null, format: read.format, encoding: read.encoding };
}

/** Parse one file's bytes on this thread (any format readSpreadsheet takes); a file it refuses becomes `unreadable`. */
export async function parseFile(path: string, bytes: Uint8Array): Promise<LoadedFile> {
  try {
    return loadedFile(path, await readSpreadsheet(bytes, path, NODE_READ));
  } catch (e) {
    return unreadableFile(path, unreadableOf(e));
  }
}

/**
 * An input file's bytes: a regular file of at most the input cap (DEFAULT_LIMITS.inputBytes), or why not —
 * a device or FIFO is refused without being read (nothing blocks), a larger file before it is read.
 */
export function readBytes(io: CliIo, path: string): Promise<{ bytes: Uint8Array; error: null } | { bytes: null; error: Unreadable }> {
  const max = DEFAULT_LIMITS.inputBytes;
  return io.fs.readFile(path, { maxBytes: max }).then(
    (bytes) => ({ bytes, error: null }),
    (e: unknown) => {
      const reason = ioReason(errorReason(e));
      const size = (e as { size?: unknown } | null)?.size;
      const params = reason === 'too-large' ? { limit: 'inputBytes', max, actual: typeof size === 'number' ? size : null, part: null } : undefined;
      return { bytes: null, error: { reason, detail: null, ...(params ? { params } : {}) } };
    },
  );
}

/** Read and parse one file on this thread. */
export async function loadFile(io: CliIo, path: string, pending = readBytes(io, path)): Promise<LoadedFile> {
  const read = await pending;
  return read.bytes ? parseFile(path, read.bytes) : unreadableFile(path, read.error);
}

/**
 * Read every input (.xlsx/.xlsm, .ods, CSV). A file that cannot be read (missing, a directory, corrupt, encrypted,
 * .xls…) becomes `unreadable` with a reason and the others are still read. Each file's bytes are read while the
 * previous file is parsed, so disk and CPU overlap. (The CLI itself streams its files: parallel-load.ts.)
 */
export async function loadFiles(io: CliIo, paths: readonly string[]): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  let next = paths.length > 0 ? readBytes(io, paths[0] ?? '') : null;
  for (let i = 0; i < paths.length; i++) {
    const current = next ?? readBytes(io, paths[i] ?? '');
    next = i + 1 < paths.length ? readBytes(io, paths[i + 1] ?? '') : null;
    out.push(await loadFile(io, paths[i] ?? '', current));
  }
  return out;
}

/** A file-system error code as a FILE_UNREADABLE reason. */
export function ioReason(code: string): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  if (code === 'EISDIR') return 'directory';
  if (code === 'ENOTREG') return 'not-regular';
  if (code === 'EFBIG') return 'too-large';
  return 'io';
}

/** The FILE_UNREADABLE issue for a file (params: reason, and for 'too-large' the cap and the numbers). */
export function unreadableIssue(file: Pick<LoadedFile, 'path' | 'unreadable'>, severity: Severity): Issue {
  const params: Record<string, string | number | null> = { ...(file.unreadable?.params ?? {}), reason: file.unreadable?.reason ?? 'corrupt' };
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

import { startCheck } from '../ledger';
import type { CheckResult } from '../ledger';
import type { Issue, Severity } from '../ledger/types';
import type { CliIo } from './io';
import { notFoundIssue, unreadableIssue } from './load';
import type { LoadedFile } from './load';
import { eachFile } from './parallel-load';
import { severityOf } from './severity';
import { addReadCheckCpu, addWall, clock, sinceStart, timed } from './timings';

/** An input file as the report lists it: its path and, when it could not be read, why. */
export type FileStatus = Pick<LoadedFile, 'path' | 'unreadable' | 'format' | 'encoding'>;

export interface CheckRun {
  readonly files: readonly FileStatus[];
  /** Paths left out because they name a file already given (through another spelling, a link…): read once. */
  readonly repeats: readonly { readonly path: string; readonly first: string }[];
  /** The engine's result with the CLI's file-level issues merged in and the counts recomputed. */
  readonly result: CheckResult;
}

function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/**
 * Read the files and run every rule. Each file is checked as soon as it is read and then let go (only the
 * ledgers the report and the summary need are kept), so memory does not grow with the files' cells.
 * File-level issues (FILE_UNREADABLE, LEDGER_NOT_FOUND) are the CLI's own; issues are then ordered by the
 * position of their file on the command line (issues without a file, such as DEPARTMENT_NOT_SUBMITTED, last),
 * keeping the engine's deterministic order within a file.
 */
export async function runCheck(
  io: CliIo,
  given: readonly string[],
  options: { today: string; expectedDepartments: readonly string[] | null },
): Promise<CheckRun> {
  const distinct = await distinctFiles(io, given);
  const paths = distinct.paths;
  const session = startCheck({ today: options.today, expectedDepartments: options.expectedDepartments });
  const files: FileStatus[] = [];
  const ledgersIn: number[] = [];
  let checking = 0;
  const start = clock();
  await eachFile(io, paths, (f) => {
    const from = sinceStart();
    files.push({ path: f.path, unreadable: f.unreadable, format: f.format, encoding: f.encoding });
    ledgersIn.push(f.workbook ? session.add(f.workbook) : 0);
    checking += sinceStart() - from;
  });
  const end = clock();
  addWall('read', end.wall - start.wall - checking);
  addWall('check', checking);
  addReadCheckCpu(end.cpu - start.cpu);
  return timed('check', () => {
    const engine = session.finish();
    const reported = new Set<string | null>();
    for (const i of engine.issues) if (i.code === 'LEDGER_NOT_FOUND') reported.add(i.location.file);
    const cliIssues: Issue[] = [];
    files.forEach((f, index) => {
      if (f.unreadable) cliIssues.push(unreadableIssue(f, severityOf('FILE_UNREADABLE')));
      else if (ledgersIn[index] === 0 && !reported.has(f.path)) cliIssues.push(notFoundIssue(f.path, severityOf('LEDGER_NOT_FOUND')));
    });
    const order = new Map<string, number>();
    paths.forEach((p, i) => {
      if (!order.has(p)) order.set(p, i);
    });
    const rank = (i: Issue) => (i.location.file === null ? paths.length : (order.get(i.location.file) ?? paths.length));
    const issues = [...cliIssues, ...engine.issues]
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index)
      .map((x) => x.issue);
    return { files, repeats: distinct.repeats, result: { ...engine, issues, counts: countBySeverity(issues) } };
  });
}

/**
 * Each real file once, under the first path that names it: the same path twice, a symlink to it or another
 * hard link would otherwise be read twice and raise DEPARTMENT_DUPLICATE against itself. A path that names
 * nothing is kept (it becomes FILE_UNREADABLE not-found), once.
 */
async function distinctFiles(io: CliIo, paths: readonly string[]): Promise<{ paths: string[]; repeats: { path: string; first: string }[] }> {
  const firstOf = new Map<string, string>();
  const out: string[] = [];
  const repeats: { path: string; first: string }[] = [];
  for (const path of paths) {
    const id = await io.fs.identify(path);
    const key = id === null ? `path:${path}` : `file:${id.dev}:${id.ino}`;
    const first = firstOf.get(key);
    if (first !== undefined) {
      repeats.push({ path, first });
      continue;
    }
    firstOf.set(key, path);
    out.push(path);
  }
  return { paths: out, repeats };
}

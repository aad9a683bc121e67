import { readCheckOptions } from '../options';
import type { Format } from '../options';
import { CYCLE_MESSAGES } from '../cycle-messages';
import { readDepartmentList } from '../department-list';
import type { DepartmentListFile } from '../department-list';
import type { CheckRun } from '../check';
import { CLI_MESSAGES } from '../messages';
import { terminalSafe } from '../terminal';
import { errorReason } from '../write';
import { EXIT_USAGE, fail, usage } from './context';
import type { CommandContext } from './context';

export interface CheckSetup {
  format: Format;
  today: string;
  expectedDepartments: string[] | null;
}

/**
 * Read the `--departments` list (any of the encodings department-list.ts tells apart). Notes go to stderr (so a
 * JSON report on stdout stays one object): an encoding other than UTF-8, and each 課 listed twice. A number is
 * the exit status of a list that cannot be read (2, like every other bad option).
 */
export async function loadDepartmentList(ctx: CommandContext, path: string): Promise<DepartmentListFile | number> {
  let bytes: Uint8Array;
  try {
    // A list of 課 is a few kilobytes: a megabyte is plenty, and /dev/zero or a FIFO is refused at once.
    bytes = await ctx.io.fs.readFile(path, { maxBytes: 1_000_000 });
  } catch (e) {
    return fail(ctx, CLI_MESSAGES[ctx.locale].departmentsUnreadable(path, errorReason(e)), EXIT_USAGE);
  }
  const m = CYCLE_MESSAGES[ctx.locale];
  const list = readDepartmentList(bytes);
  if (list === null) return fail(ctx, m.listNotText(path), EXIT_USAGE);
  if (list.encoding !== 'utf-8') ctx.io.stderr(`ledger: ${m.listEncoding(path, list.encoding)}\n`);
  for (const d of list.duplicates) ctx.io.stderr(`ledger: ${m.listDuplicate(path, d)}\n`);
  return list;
}

/** Say on stderr which inputs were left out as repeats of another (validate and consolidate). */
export function noteRepeats(ctx: CommandContext, run: CheckRun): void {
  const m = CLI_MESSAGES[ctx.locale];
  for (const r of run.repeats) ctx.io.stderr(`ledger: ${terminalSafe(m.sameFile(r.path, r.first))}\n`);
}

/** Say on stderr which stale temporary files of ours were removed before writing (template and consolidate). */
export function noteRemovedTemps(ctx: Pick<CommandContext, 'io' | 'locale'>, removed: readonly string[]): void {
  const m = CLI_MESSAGES[ctx.locale];
  for (const path of removed) ctx.io.stderr(`ledger: ${terminalSafe(m.staleTempRemoved(path))}\n`);
}

/** The options validate and consolidate share, checked; a number is the exit status of a usage error. */
export async function checkSetup(ctx: CommandContext): Promise<CheckSetup | number> {
  if (ctx.files.length === 0) return usage(ctx, { kind: 'noFiles', command: ctx.command }, ctx.command);
  const read = readCheckOptions(ctx.command, ctx.options, ctx.io.now());
  if ('problem' in read) return usage(ctx, read.problem, ctx.command);
  let expectedDepartments: string[] | null = null;
  if (read.departments !== null) {
    const list = await loadDepartmentList(ctx, read.departments);
    if (typeof list === 'number') return list;
    expectedDepartments = list.departments;
  }
  return { format: read.format, today: read.today, expectedDepartments };
}

import { readCheckOptions, parseDepartmentList } from '../options';
import type { Format } from '../options';
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
    try {
      // A list of 課 is a few kilobytes: a megabyte is plenty, and /dev/zero or a FIFO is refused at once.
      const bytes = await ctx.io.fs.readFile(read.departments, { maxBytes: 1_000_000 });
      expectedDepartments = parseDepartmentList(new TextDecoder('utf-8').decode(bytes));
    } catch (e) {
      return fail(ctx, CLI_MESSAGES[ctx.locale].departmentsUnreadable(read.departments, errorReason(e)), EXIT_USAGE);
    }
  }
  return { format: read.format, today: read.today, expectedDepartments };
}

import { readCheckOptions, parseDepartmentList } from '../options';
import type { Format } from '../options';
import { CLI_MESSAGES } from '../messages';
import { errorReason } from '../write';
import { EXIT_USAGE, fail, usage } from './context';
import type { CommandContext } from './context';

export interface CheckSetup {
  format: Format;
  today: string;
  expectedDepartments: string[] | null;
}

/** The options validate and consolidate share, checked; a number is the exit status of a usage error. */
export async function checkSetup(ctx: CommandContext): Promise<CheckSetup | number> {
  if (ctx.files.length === 0) return usage(ctx, { kind: 'noFiles', command: ctx.command }, ctx.command);
  const read = readCheckOptions(ctx.command, ctx.options, ctx.io.now());
  if ('problem' in read) return usage(ctx, read.problem, ctx.command);
  let expectedDepartments: string[] | null = null;
  if (read.departments !== null) {
    try {
      const bytes = await ctx.io.fs.readFile(read.departments);
      expectedDepartments = parseDepartmentList(new TextDecoder('utf-8').decode(bytes));
    } catch (e) {
      return fail(ctx, CLI_MESSAGES[ctx.locale].departmentsUnreadable(read.departments, errorReason(e)), EXIT_USAGE);
    }
  }
  return { format: read.format, today: read.today, expectedDepartments };
}

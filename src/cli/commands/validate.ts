import { runCheck } from '../check';
import { writeReport } from '../report';
import { timed } from '../timings';
import { checkSetup, noteRepeats } from './check-common';
import { EXIT_ERRORS, EXIT_OK } from './context';
import type { CommandContext } from './context';

/** `ledger validate FILE...`: check and report; exit 1 when any error-severity issue was found. */
export async function validateCommand(ctx: CommandContext): Promise<number> {
  const setup = await checkSetup(ctx);
  if (typeof setup === 'number') return setup;
  const run = await runCheck(ctx.io, ctx.files, setup);
  noteRepeats(ctx, run);
  return timed('report', () => {
    writeReport(ctx.io, run.files, run.result, ctx.locale, setup.format);
    return run.result.counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
  });
}

import { runCheck } from '../check';
import { buildReport, formatText } from '../report';
import { timed } from '../timings';
import { checkSetup } from './check-common';
import { EXIT_ERRORS, EXIT_OK } from './context';
import type { CommandContext } from './context';

/** `ledger validate FILE...`: check and report; exit 1 when any error-severity issue was found. */
export async function validateCommand(ctx: CommandContext): Promise<number> {
  const setup = await checkSetup(ctx);
  if (typeof setup === 'number') return setup;
  const run = await runCheck(ctx.io, ctx.files, setup);
  return timed('report', () => {
    const report = buildReport(run.files, run.result, ctx.locale);
    ctx.io.stdout(setup.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report, ctx.locale));
    return report.counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
  });
}

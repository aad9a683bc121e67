import { dirname, relative, resolve } from 'node:path';
import { consolidate } from '../../ledger';
import { linkFromPath } from '../../xlsx/link';
import { SheetTooLarge } from '../../xlsx/sheet-split';
import { writeSummary } from '../../xlsx/summary';
import { runCheck } from '../check';
import { nodeDeflate } from '../deflate';
import { CLI_MESSAGES } from '../messages';
import { writeReport } from '../report';
import { terminalSafe } from '../terminal';
import { errorReason, inputAt, writeAtomically } from '../write';
import { checkSetup, noteRemovedTemps, noteRepeats } from './check-common';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, fail, stringOption, usage } from './context';
import type { CommandContext } from './context';

/**
 * `ledger consolidate FILE... --out SUMMARY.xlsx`: check everything, write the 集計 workbook atomically, and
 * report like validate. The output may never be one of the inputs (checked before any work is done).
 */
export async function consolidateCommand(ctx: CommandContext): Promise<number> {
  const out = stringOption(ctx, 'out');
  if (out === null) return usage(ctx, { kind: 'missingOption', command: ctx.command, option: '--out' }, ctx.command);
  const setup = await checkSetup(ctx);
  if (typeof setup === 'number') return setup;
  const m = CLI_MESSAGES[ctx.locale];
  const clash = await inputAt(ctx.io, out, ctx.files);
  if (clash !== null) return fail(ctx, m.outIsInput(out, clash), EXIT_USAGE);

  const run = await runCheck(ctx.io, ctx.files, setup);
  noteRepeats(ctx, run);
  const summary = consolidate(run.result, { generatedAt: ctx.io.now().toISOString() });
  try {
    // Links back to the sources are relative to the summary's folder, so the set can be moved together.
    const base = dirname(resolve(out));
    const targets = new Map<string, string>(); // one path computation per file, not per asset
    const linkTarget = (file: string) => {
      let t = targets.get(file);
      if (t === undefined) targets.set(file, (t = linkFromPath(relative(base, resolve(file)), process.platform === 'win32' ? 'win32' : 'posix')));
      return t;
    };
    noteRemovedTemps(ctx, await writeAtomically(ctx.io, out, await writeSummary(summary, run.result, ctx.locale, { linkTarget, deflate: nodeDeflate })));
  } catch (e) {
    if (e instanceof SheetTooLarge) return fail(ctx, m.sheetTooLarge(out, e.sheet, e.rows, e.columns), EXIT_ERRORS);
    return fail(ctx, m.writeFailed(out, errorReason(e)), EXIT_ERRORS);
  }
  writeReport(ctx.io, run.files, run.result, ctx.locale, setup.format);
  const written = `${m.summaryWritten(terminalSafe(out))}\n`;
  if (setup.format === 'json') ctx.io.stderr(written);
  else ctx.io.stdout(written);
  return run.result.counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
}

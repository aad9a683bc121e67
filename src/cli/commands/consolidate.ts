import { dirname, relative, resolve } from 'node:path';
import { consolidate, consolidatedAssets } from '../../ledger';
import { compareYears } from '../../ledger/compare';
import { submissionStatus } from '../../ledger/submission';
import type { ComparedAsset } from '../../ledger/compare';
import { changesJson, formatChanges } from '../changes';
import { CYCLE_MESSAGES } from '../cycle-messages';
import { comparedAssets, readSources } from '../sources';
import { linkFromPath } from '../../xlsx/link';
import { SheetTooLarge } from '../../xlsx/sheet-split';
import { streamSummary } from '../../xlsx/summary';
import { madeAt } from '../../xlsx/summary-layout';
import { runCheck } from '../check';
import { nodeDeflate } from '../deflate';
import { CLI_MESSAGES } from '../messages';
import { writeReport } from '../report';
import { terminalSafe } from '../terminal';
import { errorReason, inputAt, writeAtomically } from '../write';
import { timed, timedAsync } from '../timings';
import { checkSetup, noteRemovedTemps, noteRepeats } from './check-common';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, fail, stringOption, usage } from './context';
import type { CommandContext } from './context';

/** Every value of a `list` option (`--previous A --previous B`). */
function listOption(ctx: CommandContext, name: string): string[] {
  const v = ctx.options[name];
  return typeof v === 'string' ? [v] : Array.isArray(v) ? [...(v as readonly string[])] : [];
}

/**
 * Last year's assets from the `--previous` files (a summary, or department files), or null without the option. A
 * file that cannot be used stops the run before any work (exit 2, like a bad option): a comparison with part of
 * last year missing would report its assets as added.
 */
async function readPrevious(ctx: CommandContext, paths: readonly string[]): Promise<ComparedAsset[] | number | null> {
  if (paths.length === 0) return null;
  const m = CYCLE_MESSAGES[ctx.locale];
  const sources = await readSources(ctx.io, paths, ctx.locale);
  let bad = false;
  for (const s of sources) {
    if (s.kind === 'unreadable') ctx.io.stderr(`ledger: ${m.previousUnusable(s.path, s.message)}\n`);
    if (s.kind === 'empty') ctx.io.stderr(`ledger: ${m.previousUnusable(s.path, m.previousEmpty)}\n`);
    bad ||= s.kind === 'unreadable' || s.kind === 'empty';
  }
  return bad ? EXIT_USAGE : sources.flatMap((s) => comparedAssets(s));
}

/**
 * `ledger consolidate FILE... --out SUMMARY.xlsx`: check everything, write the 集計 workbook atomically, and
 * report like validate. The output may never be one of the inputs (checked before any work is done). With
 * `--departments`, the summary gets 提出状況; with `--previous`, 前年度比較 and its 明細, and the same comparison goes
 * into the reports (`changes` in JSON).
 */
export async function consolidateCommand(ctx: CommandContext): Promise<number> {
  const out = stringOption(ctx, 'out');
  if (out === null) return usage(ctx, { kind: 'missingOption', command: ctx.command, option: '--out' }, ctx.command);
  const setup = await checkSetup(ctx);
  if (typeof setup === 'number') return setup;
  const m = CLI_MESSAGES[ctx.locale];
  const previousPaths = listOption(ctx, 'previous');
  const clash = await inputAt(ctx.io, out, [...ctx.files, ...previousPaths]);
  if (clash !== null) return fail(ctx, m.outIsInput(out, clash), EXIT_USAGE);
  const previous = await readPrevious(ctx, previousPaths);
  if (typeof previous === 'number') return previous;

  const run = await runCheck(ctx.io, ctx.files, setup);
  noteRepeats(ctx, run);
  // Without the asset list: the summary writer makes its rows one by one from the ledgers (memory: SPEC §9).
  const summary = timed('model', () => consolidate(run.result, { generatedAt: madeAt(ctx.io.now()), assets: false }));
  // The comparison with last year needs this year's list; it is made only then.
  const comparison = previous === null ? null : compareYears({ assets: [...consolidatedAssets(run.result)] }, { assets: previous });
  const submission = setup.expectedDepartments === null ? null : submissionStatus(run.result, setup.expectedDepartments, { today: setup.today });
  const extras = { submission, comparison: comparison === null ? null : { comparison, previous: previousPaths } };
  try {
    // Links back to the sources are relative to the summary's folder, so the set can be moved together.
    const base = dirname(resolve(out));
    const targets = new Map<string, string>(); // one path computation per file, not per asset
    const linkTarget = (file: string) => {
      let t = targets.get(file);
      if (t === undefined) targets.set(file, (t = linkFromPath(relative(base, resolve(file)), process.platform === 'win32' ? 'win32' : 'posix')));
      return t;
    };
    noteRemovedTemps(
      ctx,
      await timedAsync('summary', async () => writeAtomically(ctx.io, out, (file) => streamSummary(file, summary, run.result, ctx.locale, { linkTarget, deflate: nodeDeflate, extras }))),
    );
  } catch (e) {
    if (e instanceof SheetTooLarge) return fail(ctx, m.sheetTooLarge(out, e.sheet, e.rows, e.columns), EXIT_ERRORS);
    return fail(ctx, m.writeFailed(out, errorReason(e)), EXIT_ERRORS);
  }
  return timed('report', () => {
    const more = comparison === null ? {} : { changes: changesJson(comparison, previousPaths) };
    writeReport(ctx.io, run.files, run.result, ctx.locale, setup.format, more);
    if (comparison !== null && setup.format === 'text') {
      // Line by line: names from the files are escaped, the lines themselves stay lines.
      ctx.io.stdout(`\n${formatChanges(comparison, previousPaths, ctx.locale).split('\n').map(terminalSafe).join('\n')}`);
    }
    const written = `${m.summaryWritten(terminalSafe(out))}\n`;
    if (setup.format === 'json') ctx.io.stderr(written);
    else ctx.io.stdout(written);
    return run.result.counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
  });
}

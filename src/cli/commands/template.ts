import { templateModel } from '../../ledger';
import { writeTemplate } from '../../xlsx/template';
import { CLI_MESSAGES } from '../messages';
import { readToday } from '../options';
import { errorReason, writeAtomically } from '../write';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, fail, stringOption, usage } from './context';
import type { CommandContext } from './context';
import { HANDOUT_OPTIONS, handoutCommand } from './handout';
import { noteRemovedTemps } from './check-common';

/**
 * `ledger template --department 課 --out FILE.xlsx`: never overwrites an existing file unless --force. With
 * `--departments`, `--out-dir` or `--from`, the hand-out form (handout.ts).
 */
export async function templateCommand(ctx: CommandContext): Promise<number> {
  if (HANDOUT_OPTIONS.some((o) => ctx.options[o] !== undefined)) return handoutCommand(ctx);
  const department = stringOption(ctx, 'department');
  if (department === null) return usage(ctx, { kind: 'missingOption', command: ctx.command, option: '--department' }, ctx.command);
  const out = stringOption(ctx, 'out');
  if (out === null) return usage(ctx, { kind: 'missingOption', command: ctx.command, option: '--out' }, ctx.command);
  const extra = ctx.files[0];
  if (extra !== undefined) return usage(ctx, { kind: 'unexpectedArgument', command: ctx.command, value: extra }, ctx.command);
  const today = readToday(ctx.command, ctx.options, ctx.io.now());
  if (typeof today !== 'string') return usage(ctx, today.problem, ctx.command);
  const m = CLI_MESSAGES[ctx.locale];
  if (ctx.options['force'] !== true && (await ctx.io.fs.identify(out)) !== null) return fail(ctx, m.outExists(out), EXIT_USAGE);

  const model = templateModel(department.trim(), { extended: ctx.options['extended'] === true, today });
  try {
    noteRemovedTemps(ctx, await writeAtomically(ctx.io, out, await writeTemplate(model)));
  } catch (e) {
    return fail(ctx, m.writeFailed(out, errorReason(e)), EXIT_ERRORS);
  }
  ctx.io.stdout(`${m.templateWritten(out, model.sheetName)}\n`);
  return EXIT_OK;
}

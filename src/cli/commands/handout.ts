import { join } from 'node:path';
import { templateModel } from '../../ledger';
import type { CarriedDepartment } from '../../ledger/carry';
import { departmentKey } from '../../ledger/departments';
import { hanamaki } from '../../policy/hanamaki';
import { writeTemplate } from '../../xlsx/template';
import { CYCLE_MESSAGES } from '../cycle-messages';
import type { CycleMessages, HandoutOutcome } from '../cycle-messages';
import { safeFileName } from '../file-name';
import { readToday } from '../options';
import { readSources } from '../sources';
import type { Source } from '../sources';
import { errorReason, writeAtomically } from '../write';
import { loadDepartmentList, noteRemovedTemps } from './check-common';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, fail, stringOption, usage } from './context';
import type { CommandContext } from './context';

/** The options that select the hand-out form of `ledger template`. */
export const HANDOUT_OPTIONS = ['departments', 'out-dir', 'from'] as const;

/** `--from A B --from C`: every value of the option, then the positional arguments (a shell glob after --from). */
function fromPaths(ctx: CommandContext): string[] {
  const v = ctx.options['from'];
  const given = typeof v === 'string' ? [v] : Array.isArray(v) ? [...(v as readonly string[])] : [];
  return given.length > 0 ? [...given, ...ctx.files] : [];
}

/** Usage problems of the hand-out form, in the order a user would fix them; null when the line is right. */
function handoutProblem(ctx: CommandContext): Parameters<typeof usage>[1] | null {
  const has = (name: string) => ctx.options[name] !== undefined;
  const command = ctx.command;
  if (has('department') && has('departments')) return { kind: 'conflictingOptions', command, option: '--department', other: '--departments' };
  if (has('out') && (has('out-dir') || has('departments'))) return { kind: 'conflictingOptions', command, option: '--out', other: has('out-dir') ? '--out-dir' : '--departments' };
  if (!has('departments')) return { kind: 'requiresOption', command, option: has('from') ? '--from' : '--out-dir', needs: '--departments' };
  if (!has('out-dir')) return { kind: 'missingOption', command, option: '--out-dir' };
  const extra = ctx.files[0];
  if (extra !== undefined && !has('from')) return { kind: 'unexpectedArgument', command, value: extra };
  return null;
}

/** Which source's assets each listed 課 receives: the first source (command-line order) that has the 課. */
function assign(sources: readonly Source[], listed: ReadonlySet<string>, m: CycleMessages, say: (line: string) => void): Map<string, CarriedDepartment> {
  const chosen = new Map<string, CarriedDepartment>();
  for (const s of sources) {
    if (s.kind !== 'summary' && s.kind !== 'ledgers') continue;
    for (const w of s.carry.withoutDepartment) say(m.sourceWithoutDepartment(s.path, w.sheet, w.assets));
    for (const d of s.carry.departments) {
      const key = departmentKey(d.department);
      if (d.ignored.length > 0) say(m.sourceIgnoredSheets(s.path, d.department, d.ignored, d.sheets));
      if (!listed.has(key)) {
        say(m.sourceUnlisted(s.path, d.department, d.assets.length));
        continue;
      }
      const first = chosen.get(key);
      if (first) say(m.sourceLater(s.path, d.department, first.file ?? '', d.assets.length));
      else chosen.set(key, d);
    }
  }
  return chosen;
}

function sourceLine(s: Source, m: CycleMessages): string {
  const assets = (c: { departments: readonly CarriedDepartment[] }) => c.departments.reduce((n, d) => n + d.assets.length, 0);
  switch (s.kind) {
    case 'summary':
      return m.sourceSummary(s.path, s.list.sheet, s.carry.departments.length, assets(s.carry));
    case 'ledgers':
      return m.sourceLedgers(s.path, s.carry.departments.length, assets(s.carry));
    case 'unreadable':
      return m.sourceUnreadable(s.path, s.message);
    case 'empty':
      return m.sourceEmpty(s.path);
  }
}

/**
 * `ledger template --departments 課一覧.txt --out-dir DIR [--from FILE...]`: one ready ledger per listed 課
 * (課名 and 更新日 filled), carrying last year's assets when `--from` names a summary or department files. An
 * existing file is kept unless `--force`; a bad source or a failed write does not stop the others. One line per
 * source and per 課, then the totals. Exit 0 when every listed 課 has its file (written or kept), 1 when a
 * source could not be used or a file could not be written, 2 for wrong usage or an unreadable list.
 */
export async function handoutCommand(ctx: CommandContext): Promise<number> {
  const problem = handoutProblem(ctx);
  if (problem !== null) return usage(ctx, problem, ctx.command);
  const today = readToday(ctx.command, ctx.options, ctx.io.now());
  if (typeof today !== 'string') return usage(ctx, today.problem, ctx.command);
  const listPath = stringOption(ctx, 'departments') ?? '';
  const outDir = stringOption(ctx, 'out-dir') ?? '';
  const m = CYCLE_MESSAGES[ctx.locale];
  const list = await loadDepartmentList(ctx, listPath);
  if (typeof list === 'number') return list;
  if (list.departments.length === 0) return fail(ctx, m.listEmpty(listPath), EXIT_USAGE);

  const say = (line: string) => ctx.io.stdout(`${line}\n`);
  const paths = fromPaths(ctx);
  const sources = paths.length > 0 ? await readSources(ctx.io, paths, ctx.locale) : [];
  let failed = sources.filter((s) => s.kind === 'unreadable' || s.kind === 'empty').length > 0;
  for (const s of sources) say(sourceLine(s, m));
  const chosen = assign(sources, new Set(list.departments.map(departmentKey)), m, say);

  try {
    await ctx.io.fs.makeDirectory(outDir);
  } catch (e) {
    return fail(ctx, m.outDirFailed(outDir, errorReason(e)), EXIT_ERRORS);
  }
  const taken = new Set<string>();
  const tally = { written: 0, kept: 0, failed: 0 };
  for (const department of list.departments) {
    const out = join(outDir, safeFileName(hanamaki.template.sheetPrefix + department, '.xlsx', taken));
    const carried = chosen.get(departmentKey(department)) ?? null;
    const outcome = await handOut(ctx, department, out, paths.length > 0 ? carried : undefined, today);
    tally[outcome.kind === 'written' ? 'written' : outcome.kind === 'kept' ? 'kept' : 'failed']++;
    if (outcome.kind === 'failed') failed = true;
    say(m.handout(department, out, outcome));
  }
  say(m.handoutTotals(list.departments.length, tally.written, tally.kept, tally.failed));
  return failed ? EXIT_ERRORS : EXIT_OK;
}

/** Write one 課's ledger; `carried` undefined without --from, null when no source had the 課. */
async function handOut(ctx: CommandContext, department: string, out: string, carried: CarriedDepartment | null | undefined, today: string): Promise<HandoutOutcome> {
  if (ctx.options['force'] !== true && (await ctx.io.fs.identify(out)) !== null) return { kind: 'kept' };
  const extended = ctx.options['extended'] === true || carried?.extended === true;
  const model = templateModel(department, { extended, today, assets: carried?.assets ?? [] });
  try {
    noteRemovedTemps(ctx, await writeAtomically(ctx.io, out, await writeTemplate(model)));
  } catch (e) {
    return { kind: 'failed', reason: errorReason(e) };
  }
  const carriedNote = carried === undefined ? null : { assets: carried?.assets.length ?? 0, from: carried?.file ?? '', renumbered: model.renumbered };
  return { kind: 'written', carried: carriedNote, extended };
}

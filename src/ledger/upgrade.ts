/**
 * "Convert to template" (SPEC §1.3): from a 課's 別記様式 sheets (form layout, up to one per 群－レベル) the rows of
 * one canonical ledger table, with 群 and レベル carried from each sheet's `（X群－レベルN）` line. Pure data: the
 * Excel adapter writes it; the originals are only read.
 *
 * What a careful clerk expects, and what this does:
 * - Rows follow the pack's order of 群 then レベル (A群－レベル1, A群－レベル2, B群－レベル1, B群－レベル2), then the
 *   sheets' order in the workbook, then row order. A sheet without its line comes last; its rows get empty 群 and
 *   レベル (counted in `unclassified`) for the clerk to fill in — nothing is guessed.
 * - 番号: each form starts again at 1, so the merged numbers would clash, and SPEC §2 wants them unique (≥ 1) per
 *   sheet. When every row's 番号 is valid and no two are equal, they are kept (as whole numbers, `１２` → 12);
 *   otherwise every row is renumbered 1..n in the order above — never a mix of kept and new numbers — and
 *   `renumbered` says so, so the pane can tell the user.
 * - Every other value is carried as the text the form shows (rich text joined, an error value as its code,
 *   formula-looking text, `0012`): the writer stores it as text, never as a formula or a number.
 * - 更新日: the latest 更新日 among the forms (the content is as of then); null when none has one.
 * - A form sheet whose 課 cannot be told is not converted: it is listed in `skipped`.
 * - A 課 that already has a template-layout ledger is still planned, with `existing` naming that sheet: the writer
 *   must not overwrite it (SPEC §1.1 "inserting never overwrites anything").
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { departmentKey } from './departments';
import { keepOrRenumber } from './numbering';
import type { ColumnKey, Ledger } from './types';

/** One cell of a converted row: 番号 as a whole number, everything else as text (`''` when empty). */
export type UpgradeCell = string | number;

/** A form sheet taken into a conversion, in the order its rows were taken. */
export interface UpgradeSource {
  readonly sheet: string;
  /** The sheet's 群－レベル line, or null when it has none. */
  readonly group: string | null;
  readonly level: string | null;
  /** Asset rows taken from it. */
  readonly rows: number;
}

/** The canonical table for one 課, built from its form sheets. */
export interface FormUpgrade {
  readonly file: string | null;
  readonly department: string;
  readonly sources: readonly UpgradeSource[];
  /** The template's header (`番号, 情報資産名, 内容, 群, レベル, (extended…), 備考`). */
  readonly headers: readonly string[];
  /** The column key of each header. */
  readonly keys: readonly ColumnKey[];
  /** One row per asset, as wide as `headers`. */
  readonly rows: readonly (readonly UpgradeCell[])[];
  /** True when the 番号 were replaced by 1..n (see the module comment). */
  readonly renumbered: boolean;
  /** Rows from sheets without a 群－レベル line: their 群 and レベル are empty. */
  readonly unclassified: number;
  /** Latest 更新日 of the forms, `YYYY-MM-DD`, or null. */
  readonly updatedOn: string | null;
  /** A template-layout ledger of this 課 that already exists (by sheet name), or null. */
  readonly existing: string | null;
}

export interface UpgradePlan {
  /** One per 課 with form sheets, in the order the 課's first form sheet appears. */
  readonly upgrades: readonly FormUpgrade[];
  /** Form sheets whose 課 is unknown, so they could not be converted. */
  readonly skipped: readonly { readonly file: string | null; readonly sheet: string }[];
}

export interface UpgradeOptions {
  /** Default: hanamaki. */
  readonly policy?: PolicyPack;
  /** Include the pack's optional columns (left empty unless a form has them). */
  readonly extended?: boolean;
}

/** A 課 within one file, its name compared as DEPARTMENT_DUPLICATE compares it. */
const fileDepartmentKey = (file: string | null, department: string) => `${file ?? ''}\u0000${departmentKey(department)}`;

/** A form sheet's place in the pack's order of 群－レベル; sheets without a line sort after every one. */
export function categoryRank(ledger: Ledger, policy: PolicyPack): number {
  const g = policy.groups.findIndex((d) => d.code === ledger.group);
  const l = policy.levels.findIndex((d) => d.code === ledger.level);
  return g < 0 || l < 0 ? policy.groups.length * policy.levels.length : g * policy.levels.length + l;
}

function buildUpgrade(file: string | null, department: string, forms: readonly Ledger[], existing: string | null, policy: PolicyPack, keys: readonly ColumnKey[], headers: readonly string[]): FormUpgrade {
  // A stable sort keeps the workbook's sheet order within each 群－レベル.
  const ordered = forms.map((ledger, i) => ({ ledger, i, rank: categoryRank(ledger, policy) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const assets = ordered.flatMap(({ ledger }) => ledger.assets.map((asset) => ({ ledger, asset })));
  const numbering = keepOrRenumber(assets.map(({ asset }) => asset.number));
  let unclassified = 0;
  const rows = assets.map(({ ledger, asset }, i) => {
    if (ledger.group === null || ledger.level === null) unclassified++;
    return keys.map((key): UpgradeCell => {
      // A kept 番号 typed as text (`007`) stays that text.
      if (key === 'number') return numbering.renumbered ? (numbering.numbers[i] ?? i + 1) : (asset.numberText ?? numbering.numbers[i] ?? i + 1);
      if (key === 'group') return ledger.group ?? '';
      if (key === 'level') return ledger.level ?? '';
      return asset.text[key] ?? '';
    });
  });
  const dates = forms.map((l) => l.updatedOn).filter((d): d is string => d !== null).sort();
  return {
    file,
    department,
    sources: ordered.map(({ ledger }) => ({ sheet: ledger.sheet, group: ledger.group, level: ledger.level, rows: ledger.assets.length })),
    headers,
    keys,
    rows,
    renumbered: numbering.renumbered,
    unclassified,
    updatedOn: dates[dates.length - 1] ?? null,
    existing,
  };
}

/**
 * Plan the conversion of every 課's 別記様式 sheets into one canonical ledger each (see the module comment).
 * Takes a CheckResult (or anything with `ledgers`) or the ledgers themselves; only form-layout ledgers are
 * converted, template-layout ones only mark a 課 as already having a ledger. Never throws on odd input.
 */
export function planFormUpgrade(input: { readonly ledgers: readonly Ledger[] } | readonly Ledger[], options: UpgradeOptions = {}): UpgradePlan {
  const policy = options.policy ?? hanamaki;
  const ledgers: readonly Ledger[] = Array.isArray(input) ? input : ((input as { ledgers?: readonly Ledger[] }).ledgers ?? []);
  const columns = policy.columns.filter((c) => c.core || options.extended === true);
  const keys = columns.map((c) => c.key);
  const headers = columns.map((c) => c.header);

  const forms = new Map<string, { file: string | null; department: string; sheets: Ledger[] }>();
  const existing = new Map<string, string>();
  const skipped: { file: string | null; sheet: string }[] = [];
  for (const ledger of ledgers) {
    if (!ledger || typeof ledger !== 'object') continue;
    const department = typeof ledger.department === 'string' ? ledger.department.trim() : '';
    if (ledger.layout !== 'form') {
      const key = fileDepartmentKey(ledger.file, department);
      if (department !== '' && !existing.has(key)) existing.set(key, ledger.sheet);
      continue;
    }
    if (department === '') {
      skipped.push({ file: ledger.file, sheet: ledger.sheet });
      continue;
    }
    const key = fileDepartmentKey(ledger.file, department);
    const entry = forms.get(key) ?? { file: ledger.file, department, sheets: [] };
    entry.sheets.push(ledger);
    forms.set(key, entry);
  }
  const upgrades = [...forms.entries()].map(([key, f]) => buildUpgrade(f.file, f.department, f.sheets, existing.get(key) ?? null, policy, keys, headers));
  return { upgrades, skipped };
}

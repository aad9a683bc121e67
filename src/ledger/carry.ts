/**
 * What the hand-out (`ledger template --departments … --from …`) carries from last year into each 課's new ledger,
 * so clerks review rather than retype: per asset its 番号, 情報資産名, 内容, 群, レベル and the pack's optional
 * columns (管理責任者, 媒体・保管場所, 個人情報, 保存期間). 備考 is not carried: it holds the year's own notes.
 *
 * From one department file (its ledgers, as the engine read them), per 課:
 * - a 課 with a template-layout ledger takes the first one (sheet order); its other ledgers — a second copy, or
 *   the 別記様式 sheets left behind after 様式を台帳に変換 — are listed as `ignored`, so nothing is carried twice;
 * - otherwise its 別記様式 sheets are taken together, in the pack's order of 群－レベル then sheet order (as
 *   様式を台帳に変換 does), each row with its sheet's 群 and レベル;
 * - ledgers without a 課 cannot be handed to anyone: they are counted in `withoutDepartment`.
 * From a list of assets (a summary's asset list), per 課 in list order.
 * Coded values (群, レベル, 個人情報) are carried in their canonical form when valid, else as written, so an
 * invalid value stays visible to the clerk and to the check; everything else as the text the cell shows.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { departmentKey } from './departments';
import { keepOrRenumber } from './numbering';
import { normalizeGroup, normalizeLevel, normalizePersonalInfo } from './normalize';
import type { ColumnKey, Ledger } from './types';
import { categoryRank } from './upgrade';

/** One asset carried into next year's ledger. */
export interface CarriedAsset {
  /** 番号 when it was a valid whole number, else null. */
  readonly number: number | null;
  /** The carried columns' texts (`''` or absent when empty); never 番号 or 備考. */
  readonly values: Readonly<Partial<Record<ColumnKey, string>>>;
}

/** One 課's assets from one source. */
export interface CarriedDepartment {
  /** As the source spells it (trimmed). */
  readonly department: string;
  readonly file: string | null;
  /** The sheets the assets come from, in the order taken. */
  readonly sheets: readonly string[];
  readonly assets: readonly CarriedAsset[];
  /** The source has at least one of the pack's optional columns: the new ledger gets the extended layout. */
  readonly extended: boolean;
  /** Further ledger sheets of this 課 in the same source, not carried (see the module comment). */
  readonly ignored: readonly string[];
}

/** What one source offers. */
export interface CarrySource {
  /** One entry per 課, in the order the 課 first appears. */
  readonly departments: readonly CarriedDepartment[];
  /** Sheets (or, for a list, rows) whose 課 is unknown: their assets go nowhere. */
  readonly withoutDepartment: readonly { readonly sheet: string; readonly assets: number }[];
}

/** An asset of a list such as the summary's asset list. */
export interface ListedAsset {
  readonly department: string;
  readonly number: number | null;
  readonly values: Readonly<Partial<Record<ColumnKey, string>>>;
}

/** Columns never carried. */
const NOT_CARRIED: readonly ColumnKey[] = ['number', 'remarks'];

/** The pack's columns that are carried (everything but 番号, which is its own field, and 備考). */
export function carriedKeys(policy: PolicyPack = hanamaki): ColumnKey[] {
  return policy.columns.map((c) => c.key).filter((k) => !NOT_CARRIED.includes(k));
}

/** Whether a set of column keys includes one of the pack's optional columns. */
export function hasExtendedColumns(keys: readonly ColumnKey[], policy: PolicyPack = hanamaki): boolean {
  return policy.columns.some((c) => !c.core && keys.includes(c.key));
}

/** Canonical 群, レベル and 個人情報 when valid; anything else as written. */
function canonical(values: Partial<Record<ColumnKey, string>>, policy: PolicyPack): Partial<Record<ColumnKey, string>> {
  const out = { ...values };
  const fix = (key: ColumnKey, normalize: (v: string) => string | null) => {
    const v = out[key];
    if (typeof v === 'string' && v !== '') out[key] = normalize(v) ?? v;
  };
  fix('group', (v) => normalizeGroup(v, policy).value);
  fix('level', (v) => normalizeLevel(v, policy).value);
  fix('personalInfo', (v) => normalizePersonalInfo(v, policy).value);
  return out;
}

function assetsOf(ledger: Ledger, keys: readonly ColumnKey[], policy: PolicyPack): CarriedAsset[] {
  return ledger.assets.map((a) => {
    const values: Partial<Record<ColumnKey, string>> = {};
    for (const k of keys) {
      const v = a.text[k];
      if (v !== undefined) values[k] = v;
    }
    if (ledger.layout === 'form') {
      values.group = ledger.group ?? '';
      values.level = ledger.level ?? '';
    }
    return { number: a.number, values: canonical(values, policy) };
  });
}

const isLedger = (l: unknown): l is Ledger => typeof l === 'object' && l !== null && Array.isArray((l as Ledger).assets);

/** The assets of each 課 in one department file (see the module comment). Never throws on odd input. */
export function carryFromLedgers(ledgers: readonly Ledger[], policy: PolicyPack = hanamaki): CarrySource {
  const keys = carriedKeys(policy);
  const byKey = new Map<string, { department: string; file: string | null; ledgers: Ledger[] }>();
  const withoutDepartment: { sheet: string; assets: number }[] = [];
  for (const l of Array.isArray(ledgers) ? ledgers : []) {
    if (!isLedger(l)) continue;
    const department = typeof l.department === 'string' ? l.department.trim() : '';
    const key = departmentKey(department);
    if (key === '') {
      withoutDepartment.push({ sheet: l.sheet, assets: l.assets.length });
      continue;
    }
    const entry = byKey.get(key) ?? { department, file: l.file, ledgers: [] };
    entry.ledgers.push(l);
    byKey.set(key, entry);
  }
  const departments = [...byKey.values()].map((e): CarriedDepartment => {
    const template = e.ledgers.find((l) => l.layout === 'template');
    const taken = template
      ? [template]
      : e.ledgers
          .map((ledger, i) => ({ ledger, i, rank: categoryRank(ledger, policy) }))
          .sort((a, b) => a.rank - b.rank || a.i - b.i)
          .map((x) => x.ledger);
    return {
      department: e.department,
      file: e.file,
      sheets: taken.map((l) => l.sheet),
      assets: taken.flatMap((l) => assetsOf(l, keys, policy)),
      extended: taken.some((l) => hasExtendedColumns(Object.keys(l.columns) as ColumnKey[], policy)),
      ignored: e.ledgers.filter((l) => !taken.includes(l)).map((l) => l.sheet),
    };
  });
  return { departments, withoutDepartment };
}

/**
 * The assets of each 課 in a list (a summary's asset list on `sheet` of `file`); `extended` when the list has
 * one of the pack's optional columns. Rows without a 課 are counted in `withoutDepartment` (one entry).
 */
export function carryFromList(
  file: string | null,
  sheet: string,
  rows: readonly ListedAsset[],
  extended: boolean,
  policy: PolicyPack = hanamaki,
): CarrySource {
  const keys = carriedKeys(policy);
  const byKey = new Map<string, { department: string; assets: CarriedAsset[] }>();
  let unknown = 0;
  for (const r of Array.isArray(rows) ? rows : []) {
    const department = typeof r?.department === 'string' ? r.department.trim() : '';
    const key = departmentKey(department);
    if (key === '') {
      unknown++;
      continue;
    }
    const values: Partial<Record<ColumnKey, string>> = {};
    for (const k of keys) {
      const v = r.values?.[k];
      if (typeof v === 'string') values[k] = v;
    }
    const entry = byKey.get(key) ?? { department, assets: [] as CarriedAsset[] };
    entry.assets.push({ number: typeof r.number === 'number' && Number.isInteger(r.number) && r.number >= 1 ? r.number : null, values: canonical(values, policy) });
    byKey.set(key, entry);
  }
  return {
    departments: [...byKey.values()].map((e) => ({ department: e.department, file, sheets: [sheet], assets: e.assets, extended, ignored: [] })),
    withoutDepartment: unknown > 0 ? [{ sheet, assets: unknown }] : [],
  };
}

/**
 * The table rows of a new ledger from carried assets, one per asset, as wide as `keys` (the template's column
 * keys): 番号 kept or renumbered by `keepOrRenumber`, the other carried columns as text (`''` when empty), 備考
 * empty.
 */
export function carriedRows(assets: readonly CarriedAsset[], keys: readonly ColumnKey[]): { rows: (string | number)[][]; renumbered: boolean } {
  const numbering = keepOrRenumber(assets.map((a) => a.number));
  const rows = assets.map((a, i) =>
    keys.map((k): string | number => (k === 'number' ? (numbering.numbers[i] ?? i + 1) : NOT_CARRIED.includes(k) ? '' : (a.values[k] ?? ''))),
  );
  return { rows, renumbered: numbering.renumbered };
}

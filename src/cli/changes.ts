/**
 * The year-over-year comparison (src/ledger/compare.ts) as the CLI prints it: `changes` in the JSON report of
 * `ledger consolidate --previous …`, and a short section in the text report.
 */
import type { ComparedAsset, DepartmentChanges, YearComparison } from '../ledger/compare';
import { categoryOf } from '../ledger/matrix';
import type { Locale } from '../i18n';
import { CYCLE_MESSAGES } from './cycle-messages';

/** An asset in `changes`: where it is when known (this year's cell; last year's for a removed one read from files). */
export interface ChangedAssetJson {
  number: number | string | null;
  name: string;
  content: string;
  group: string | null;
  level: string | null;
  file: string | null;
  sheet: string | null;
  cell: string | null;
}

export interface ChangeCountsJson {
  added: number;
  removed: number;
  reclassified: number;
  contentChanged: number;
  unchanged: number;
}

/** `changes` of the JSON report (documented in README: "前年度比較"). */
export interface ChangesJson {
  /** The --previous files, as given. */
  previous: string[];
  /** Keys of every `matrix`: the 群－レベル of the policy, then 未分類. */
  categories: string[];
  departments: {
    department: string;
    status: 'continued' | 'new' | 'gone';
    before: number;
    after: number;
    counts: ChangeCountsJson;
    /** This year minus last year, per category. */
    matrix: Record<string, number>;
    added: ChangedAssetJson[];
    removed: ChangedAssetJson[];
    /** `before`/`after`: last year's and this year's asset (another 群 or レベル; `contentChanged` if 内容 too). */
    reclassified: { before: ChangedAssetJson; after: ChangedAssetJson; contentChanged: boolean }[];
    contentChanged: { before: ChangedAssetJson; after: ChangedAssetJson }[];
  }[];
  /** `matrixBefore` and `matrixAfter`: last year's and this year's matrix (as 前年度比較 prints them). */
  totals: {
    before: number;
    after: number;
    counts: ChangeCountsJson;
    matrix: Record<string, number>;
    matrixBefore: Record<string, number>;
    matrixAfter: Record<string, number>;
  };
}

function assetJson(a: ComparedAsset): ChangedAssetJson {
  return {
    number: a.number,
    name: a.name,
    content: a.content,
    group: a.group,
    level: a.level,
    file: a.source?.file ?? null,
    sheet: a.source?.sheet ?? null,
    cell: a.source?.cell ?? null,
  };
}

/** The comparison as `changes`. */
export function changesJson(c: YearComparison, previous: readonly string[]): ChangesJson {
  return {
    previous: [...previous],
    categories: [...c.categories],
    departments: c.departments.map((d) => ({
      department: d.department,
      status: d.status,
      before: d.before,
      after: d.after,
      counts: { ...d.counts },
      matrix: { ...d.matrix },
      added: d.added.map(assetJson),
      removed: d.removed.map(assetJson),
      reclassified: d.reclassified.map((x) => ({ before: assetJson(x.before), after: assetJson(x.after), contentChanged: x.contentChanged })),
      contentChanged: d.contentChanged.map((x) => ({ before: assetJson(x.before), after: assetJson(x.after) })),
    })),
    totals: {
      before: c.totals.before,
      after: c.totals.after,
      counts: { ...c.totals.counts },
      matrix: { ...c.totals.matrix },
      matrixBefore: { ...c.totals.matrixBefore },
      matrixAfter: { ...c.totals.matrixAfter },
    },
  };
}

const changed = (d: DepartmentChanges) => d.counts.added + d.counts.removed + d.counts.reclassified + d.counts.contentChanged > 0;

/**
 * The text section: per 課 with a change its counts and each changed asset (+ added, − removed, ~ reclassified,
 * * 内容 changed), then how many 課 are unchanged, the totals and the matrix's change.
 */
export function formatChanges(c: YearComparison, previous: readonly string[], locale: Locale): string {
  const m = CYCLE_MESSAGES[locale];
  const name = (a: ComparedAsset) => (a.name.trim() === '' ? m.noName : a.name.trim());
  const lines = [m.changesHeader(previous)];
  for (const d of c.departments.filter(changed)) {
    lines.push(m.changesDepartment(d.department, d.status, { ...d.counts, before: d.before, after: d.after }));
    for (const a of d.added) lines.push(m.changeAdded(name(a), categoryOf(a)));
    for (const a of d.removed) lines.push(m.changeRemoved(name(a), categoryOf(a)));
    for (const x of d.reclassified) lines.push(m.changeReclassified(name(x.after), categoryOf(x.before), categoryOf(x.after)));
    for (const x of d.contentChanged) lines.push(m.changeContent(name(x.after), categoryOf(x.after)));
  }
  lines.push(m.changesUnchanged(c.departments.filter((d) => !changed(d)).length));
  lines.push(m.changesTotals({ ...c.totals.counts, before: c.totals.before, after: c.totals.after }));
  lines.push(m.changesMatrix(Object.entries(c.totals.matrix)));
  return `${lines.join('\n')}\n`;
}

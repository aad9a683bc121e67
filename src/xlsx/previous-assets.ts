/**
 * Last year's assets, for the comparison with this year (前年度比較): from a summary this tool wrote (its asset list,
 * found by structure: summary-read.ts), or else from the ledgers of a department file. Shared by
 * `ledger consolidate --previous` and the add-in's 集計する, so both compare against the same list. Pure.
 */
import { consolidate, readWorkbook, UNKNOWN_DEPARTMENT } from '../ledger';
import type { Ledger, WorkbookInput } from '../ledger';
import type { ComparedAsset } from '../ledger/compare';
import { departmentKey } from '../ledger/departments';
import { normalizeGroup, normalizeLevel } from '../ledger/normalize';
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { readSummaryAssets } from './summary-read';
import type { SummaryAssetList } from './summary-read';

/** A summary's asset list as the comparison takes it (群 and レベル canonical, or null when invalid). */
export function summaryListAssets(list: SummaryAssetList, policy: PolicyPack = hanamaki): ComparedAsset[] {
  return list.assets.map((a) => ({
    department: a.department === '' ? UNKNOWN_DEPARTMENT : a.department,
    number: a.number,
    name: a.values.name ?? '',
    content: a.values.content ?? '',
    group: normalizeGroup(a.values.group ?? '', policy).value,
    level: normalizeLevel(a.values.level ?? '', policy).value,
  }));
}

/** Ledgers' assets as this year's summary lists them (consolidate), without running the rules. */
export function ledgerListAssets(ledgers: readonly Ledger[], policy: PolicyPack = hanamaki): ComparedAsset[] {
  const result = { policy: { id: policy.id, version: policy.version }, ledgers: [...ledgers], issues: [], counts: { error: 0, warning: 0, info: 0 } };
  return consolidate(result, { generatedAt: '' }).assets;
}

/** What a workbook gives as last year. */
export type PreviousAssets =
  | { readonly kind: 'summary'; readonly sheet: string; readonly assets: readonly ComparedAsset[]; readonly departments: number }
  | { readonly kind: 'ledgers'; readonly assets: readonly ComparedAsset[]; readonly departments: number }
  /** Neither a summary's asset list nor a ledger: not usable as last year. */
  | { readonly kind: 'empty' };

const departmentsOf = (assets: readonly ComparedAsset[]) => new Set(assets.map((a) => departmentKey(a.department))).size;

/** Last year's assets from one workbook: its summary asset list when it has one, else its ledgers. Never throws. */
export function previousAssets(workbook: WorkbookInput, policy: PolicyPack = hanamaki): PreviousAssets {
  const list = readSummaryAssets(workbook, policy);
  if (list !== null) {
    const assets = summaryListAssets(list, policy);
    return { kind: 'summary', sheet: list.sheet, assets, departments: departmentsOf(assets) };
  }
  const { ledgers } = readWorkbook(workbook, policy);
  if (ledgers.length === 0) return { kind: 'empty' };
  const assets = ledgerListAssets(ledgers, policy);
  return { kind: 'ledgers', assets, departments: departmentsOf(assets) };
}

/**
 * Last year's files, for `ledger template --from` and `ledger consolidate --previous`: each is either a summary
 * this tool wrote (its asset list, found by structure: src/xlsx/summary-read.ts) or a department file whose
 * ledgers the engine reads. A file that cannot be read, or holds neither, is reported and the others are still
 * used.
 */
import { readWorkbook } from '../ledger';
import type { Ledger } from '../ledger';
import { carryFromLedgers, carryFromList } from '../ledger/carry';
import type { CarrySource } from '../ledger/carry';
import type { ComparedAsset } from '../ledger/compare';
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { renderIssue } from '../i18n';
import type { Locale } from '../i18n';
import { readSummaryAssets } from '../xlsx/summary-read';
import type { SummaryAssetList } from '../xlsx/summary-read';
import { ledgerListAssets, summaryListAssets } from '../xlsx/previous-assets';
import type { CliIo } from './io';
import { unreadableIssue } from './load';
import { loadFilesParallel } from './parallel-load';
import { severityOf } from './severity';

export type Source =
  | { readonly path: string; readonly kind: 'summary'; readonly list: SummaryAssetList; readonly carry: CarrySource }
  | { readonly path: string; readonly kind: 'ledgers'; readonly ledgers: readonly Ledger[]; readonly carry: CarrySource }
  /** `message`: FILE_UNREADABLE's sentence (what happened, what to do). */
  | { readonly path: string; readonly kind: 'unreadable'; readonly message: string }
  | { readonly path: string; readonly kind: 'empty' };

/** Read every file; a summary is read as a summary only (its other sheets are not taken for ledgers). */
export async function readSources(io: CliIo, paths: readonly string[], locale: Locale, policy: PolicyPack = hanamaki): Promise<Source[]> {
  const loaded = await loadFilesParallel(io, paths);
  return loaded.map((file): Source => {
    if (file.workbook === null) return { path: file.path, kind: 'unreadable', message: renderIssue(unreadableIssue(file, severityOf('FILE_UNREADABLE')), locale) };
    const list = readSummaryAssets(file.workbook, policy);
    if (list !== null) {
      const extended = policy.columns.some((c) => !c.core && list.keys.includes(c.key));
      return { path: file.path, kind: 'summary', list, carry: carryFromList(file.path, list.sheet, list.assets, extended, policy) };
    }
    const { ledgers } = readWorkbook(file.workbook, policy);
    if (ledgers.length === 0) return { path: file.path, kind: 'empty' };
    return { path: file.path, kind: 'ledgers', ledgers, carry: carryFromLedgers(ledgers, policy) };
  });
}

/** A source's assets as the year-over-year comparison takes them (a consolidation's asset list). */
export function comparedAssets(source: Source, policy: PolicyPack = hanamaki): ComparedAsset[] {
  switch (source.kind) {
    case 'summary':
      return summaryListAssets(source.list, policy);
    case 'ledgers':
      return ledgerListAssets(source.ledgers, policy);
    default:
      return [];
  }
}

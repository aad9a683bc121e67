/** What the pane says after 検証する, 取り込む, 集計する, 様式を台帳に変換 and 別記様式出力: each operation's result as text. */
import type { Failure, checkWorkbook, consolidateWorkbook, exportForms, importWorkbooks, upgradeForms } from './operations';
import type { Notice } from './paneState';
import { fill } from './i18n';
import type { UiCatalogue } from './i18n';

/** What an operation gives when it did not fail. */
type Outcome<F extends (...args: never[]) => Promise<unknown>> = Exclude<Awaited<ReturnType<F>>, Failure>;
type ConsolidateOutcome = Outcome<typeof consolidateWorkbook>;
type UpgradeOutcome = Outcome<typeof upgradeForms>;
type ExportFormsOutcome = Outcome<typeof exportForms>;
type CheckOutcome = Outcome<typeof checkWorkbook>;
type ImportOutcome = Exclude<Outcome<typeof importWorkbooks>, { status: 'needsConfirmation' }>;

/** 「（うち確認済み N 件）」 after the warnings' count, or nothing when none is reviewed. */
export function reviewedPart(t: UiCatalogue, count: number): string {
  return count > 0 ? fill(t['check.reviewed'], { count }) : '';
}

/**
 * 検証する: the counts over every finding, the 確認済み ones included and said as such (「警告 3 件（うち確認済み 2
 * 件）」); the engine's LEDGER_NOT_FOUND for the open workbook said plainly, never 「指摘はありません」; lapsed marks told.
 */
export function checkNotice(t: UiCatalogue, checked: CheckOutcome): Notice {
  const counts = checked.result.counts;
  const noLedger = checked.open.some((i) => i.code === 'LEDGER_NOT_FOUND' && i.location.file === null);
  const text = noLedger
    ? t['check.noLedger']
    : checked.result.issues.length === 0
      ? t['check.clean']
      : fill(t['check.done'], { ...counts, reviewed: reviewedPart(t, checked.reviewed.length) });
  const lapsed = checked.lapsed.length > 0 ? ` ${fill(t['review.lapsed'], { count: checked.lapsed.length })}` : '';
  return { intent: counts.error > 0 || noLedger ? 'warning' : 'success', text: text + lapsed };
}

/** 取り込む: how many sheets came in, and which files were read as CSV (in which encoding) or OpenDocument, so a wrong guess shows. */
export function importText(t: UiCatalogue, r: ImportOutcome): string {
  const done = r.imported.length > 0 ? fill(t['import.done'], { count: r.imported.length }) : t['import.none'];
  const readAs = (r.readAs ?? []).map((x) =>
    x.format === 'csv' ? fill(t['import.readAsCsv'], { file: x.file, encoding: x.encoding ?? '?' }) : fill(t['import.readAsOds'], { file: x.file }),
  );
  return readAs.length > 0 ? `${done} ${fill(t['import.readAs'], { files: readAs.join(t['list.separator']) })}` : done;
}

/** 集計する: the sheet written, with 提出状況 and 前年度比較 when they were asked for. */
export function consolidateNotice(t: UiCatalogue, r: ConsolidateOutcome): Notice {
  if (r.status === 'noLedger') return { intent: 'warning', text: t['consolidate.noLedger'] };
  const lines = [fill(t['consolidate.done'], { sheet: r.sheet, departments: r.summary.rows.length, assets: r.summary.assets.length })];
  const missing = r.submission ? r.submission.rows.filter((x) => !x.submitted).length : 0;
  if (r.submission) lines.push(fill(t['consolidate.submission'], { submitted: r.submission.rows.length - missing, missing }));
  if (r.comparison) lines.push(fill(t['consolidate.comparison'], { ...r.comparison.totals.counts }));
  return { intent: missing > 0 ? 'warning' : 'success', text: lines.join(' ') };
}

/** 様式を台帳に変換: each 台帳 made (renumbered, unclassified rows told), the ones that existed, the sheets skipped. */
export function upgradeNotice(t: UiCatalogue, r: UpgradeOutcome): Notice {
  const list = (items: readonly string[]) => items.join(t['list.separator']);
  const skipped = r.skipped.length > 0 ? [fill(t['upgrade.skipped'], { sheets: list(r.skipped) })] : [];
  if (r.status === 'none') return { intent: skipped.length > 0 ? 'warning' : 'info', text: [t['upgrade.none'], ...skipped].join(' ') };
  const lines: string[] = [];
  let unclassified = 0;
  for (const c of r.created) {
    lines.push(fill(t['upgrade.created'], { department: c.department, sources: list(c.sources), sheet: c.sheet, rows: c.rows }));
    // Told, because a number the clerk knew an asset by may have changed.
    if (c.renumbered) lines.push(fill(t['upgrade.renumbered'], { sheet: c.sheet, rows: c.rows }));
    if (c.unclassified > 0) lines.push(fill(t['upgrade.unclassified'], { sheet: c.sheet, count: c.unclassified }));
    unclassified += c.unclassified;
  }
  for (const e of r.existing) lines.push(fill(t['upgrade.exists'], { department: e.department, sheet: e.sheet }));
  lines.push(...skipped);
  if (r.created.length > 0) lines.push(t['upgrade.kept']);
  const intent: Notice['intent'] = unclassified > 0 || skipped.length > 0 ? 'warning' : r.created.length > 0 ? 'success' : 'info';
  return { intent, text: lines.join(' ') };
}

/** 別記様式出力: the forms written, and the rows left out for want of 群 or レベル. */
export function formsNotice(t: UiCatalogue, r: ExportFormsOutcome): Notice {
  if (r.status === 'noLedger') return { intent: 'warning', text: t['forms.noLedger'] };
  if (r.status === 'empty') return { intent: 'warning', text: t['forms.empty'] };
  const done = fill(t['forms.exported'], { sheet: r.sheet, forms: r.forms });
  if (r.unclassified === 0) return { intent: 'success', text: done };
  return { intent: 'warning', text: `${done} ${fill(t['forms.unclassified'], { count: r.unclassified })}` };
}

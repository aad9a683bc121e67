/**
 * 様式を台帳に変換 (SPEC §1.3): for every 課 with 別記様式 sheets, one new canonical ledger `台帳_{課}` built by the
 * same code as 台帳を挿入 (table, dropdowns, widths, print setup, tag) with the forms' rows filled in, 群 and レベル
 * carried from each form's line (the plan is the engine's, src/ledger/upgrade.ts). One Excel.run:
 *  syncs 1–2 (3 when a sheet runs past row 30) — the snapshot, with the table and name lists riding on its first;
 *  one more — every new sheet and its rows (plus one per further 4 MB of rows).
 * The originals are only read. A 課 that already has a template ledger is left alone and reported, never overwritten.
 */
import { planFormUpgrade, readWorkbook, templateModel } from '../ledger';
import type { FormUpgrade } from '../ledger';
import { boxAddress } from './address';
import { departmentFromSheetName, normalizeDepartment } from './departments';
import { runOperation } from './failure';
import type { Failure } from './failure';
import { freeTableName, queueTemplate } from './insertTemplate';
import { detectFeatures, supportsExcelApi } from './requirements';
import { queueWrites } from './sizing';
import { notifyOwnSheetsAdded } from './ownWrites';
import { readSnapshot } from './snapshot';
import { freeTagName } from './tags';
import { todayIso } from './time';
import { blockWrites } from './writing';
import type { WriteOp } from './writing';

export interface UpgradeFormsOptions {
  /** 'YYYY-MM-DD' for 更新日 when no form has one; default today (local time). */
  readonly today?: string;
  /** Include the pack's optional columns (empty: forms do not have them). */
  readonly extended?: boolean;
}

/** One ledger sheet made from a 課's forms. */
export interface ConvertedLedger {
  readonly department: string;
  readonly sheet: string;
  /** The form sheets it was made from, in the order their rows were taken. */
  readonly sources: readonly string[];
  readonly rows: number;
  /** True when the forms' 番号 were replaced by 1..n (each form starts at 1). */
  readonly renumbered: boolean;
  /** Rows from forms without a 群－レベル line (群 and レベル left empty). */
  readonly unclassified: number;
}

export type UpgradeFormsResult =
  | {
      readonly status: 'converted';
      /** New sheets (possibly none, when every 課 already had a ledger). */
      readonly created: readonly ConvertedLedger[];
      /** 課 left alone because a template ledger exists: that sheet. */
      readonly existing: readonly { readonly department: string; readonly sheet: string }[];
      /** Form sheets whose 課 is unknown. */
      readonly skipped: readonly string[];
    }
  | { readonly status: 'none'; readonly skipped: readonly string[] }
  | Failure;

/** Rough bytes of the template's own instructions (validations with their prompts dominate). */
const TEMPLATE_BYTES = 8 * 1024;
/** Operations queueTemplate queues, rounded up (title, meta, legend, table, validations, widths, page, tag). */
const TEMPLATE_OPERATIONS = 150;

/** The template ledger a 課 already has: recognised by the reader (tag or content), or a sheet named 台帳_{課}. */
function existingLedger(upgrade: FormUpgrade, sheetNames: readonly string[]): string | null {
  if (upgrade.existing !== null) return upgrade.existing;
  const department = normalizeDepartment(upgrade.department);
  const forms = new Set(upgrade.sources.map((s) => s.sheet));
  return sheetNames.find((s) => !forms.has(s) && departmentFromSheetName(s) === department) ?? null;
}

/** Remove the sheets and tag names a failed write left behind (two syncs, whatever their number). */
async function removePartial(context: Excel.RequestContext, sheets: readonly string[], names: readonly string[]): Promise<void> {
  const found = [
    ...sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s)),
    ...names.map((n) => context.workbook.names.getItemOrNullObject(n)),
  ];
  await context.sync();
  for (const item of found) if (!item.isNullObject) item.delete();
  await context.sync();
}

/** Convert every 課's 別記様式 sheets into its own template ledger (see the module comment). One Excel.run. */
export async function upgradeForms(options: UpgradeFormsOptions = {}): Promise<UpgradeFormsResult> {
  const features = detectFeatures();
  const templateFeatures = { customProperties: features.customProperties, pageLayout: supportsExcelApi('1.9'), protect: false };
  const today = options.today ?? todayIso();
  return runOperation(async (context) => {
    // Queued before the snapshot, so they travel with its first sync.
    const tables = context.workbook.tables.load('items/name');
    const snapshot = await readSnapshot(context, features);
    const plan = planFormUpgrade(readWorkbook(snapshot.workbook), { extended: options.extended === true });
    const skipped = plan.skipped.map((s) => s.sheet);
    if (plan.upgrades.length === 0) return { status: 'none', skipped } as const;

    const sheetNames = [...snapshot.sheetNames];
    const tableNames = tables.items.map((t) => t.name);
    const nameList = [...snapshot.nameList];
    const existing: { department: string; sheet: string }[] = [];
    const created: ConvertedLedger[] = [];
    const ops: WriteOp[] = [];
    const tagNames: string[] = [];
    for (const upgrade of plan.upgrades) {
      const found = existingLedger(upgrade, snapshot.sheetNames);
      if (found !== null) {
        existing.push({ department: upgrade.department, sheet: found });
        continue;
      }
      const base = templateModel(upgrade.department, { extended: options.extended === true, today: upgrade.updatedOn ?? today, existingSheetNames: sheetNames });
      const model = { ...base, bodyRows: Math.max(1, upgrade.rows.length) };
      const tableName = freeTableName(model.tableName, tableNames);
      const tagName = freeTagName(nameList);
      sheetNames.push(model.sheetName);
      tableNames.push(tableName);
      nameList.push(tagName);
      tagNames.push(tagName);
      const first = created.length === 0;
      let ws: Excel.Worksheet | null = null;
      const sheet = () => (ws ??= queueTemplate(context, model, tableName, tagName, templateFeatures, first));
      ops.push({ bytes: TEMPLATE_BYTES, ops: TEMPLATE_OPERATIONS, queue: () => void sheet() });
      const top = model.headerRow; // 0-based row of the first data row
      const last = top + upgrade.rows.length - 1;
      // Every carried value stays text (SPEC §1.3 + §4): the text columns of the filled rows are formatted '@' first.
      upgrade.keys.forEach((key, c) => {
        if (key === 'number' || upgrade.rows.length === 0) return;
        const address = boxAddress(top, c, last, c);
        // One format for the whole column run (a single value applies to every cell of the range).
        ops.push({ bytes: address.length + 8, ops: 2, queue: () => void ((sheet().getRange(address) as { numberFormat: unknown }).numberFormat = '@') });
      });
      ops.push(...blockWrites(sheet, top, 0, upgrade.rows));
      created.push({
        department: upgrade.department,
        sheet: model.sheetName,
        sources: upgrade.sources.map((s) => s.sheet),
        rows: upgrade.rows.length,
        renumbered: upgrade.renumbered,
        unclassified: upgrade.unclassified,
      });
    }
    const shown = existing[0];
    if (created.length === 0 && shown) {
      // Nothing new: take the user to the ledger that is already there, as 台帳を挿入 does.
      context.workbook.worksheets.getItem(shown.sheet).activate();
      await context.sync();
      return { status: 'converted', created, existing, skipped } as const;
    }
    try {
      await queueWrites(context, ops);
      await context.sync();
    } catch (error) {
      // Excel keeps what ran before a failure: remove the half-made ledgers (their names were new, so ours).
      await removePartial(context, created.map((c) => c.sheet), tagNames).catch(() => undefined);
      throw error;
    }
    notifyOwnSheetsAdded();
    return { status: 'converted', created, existing, skipped } as const;
  });
}

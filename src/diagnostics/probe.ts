/**
 * Counts the context.sync calls of the adapter's operations, run for real on a scratch ledger the probe inserts and
 * removes. Operations that would replace or append to the workbook's shared sheets (集計, 別記様式, 変更履歴,
 * _確認済み, _取込記録) are not run: the probe never touches what the user keeps. Counting wraps Excel.run and each
 * context's sync for the duration of one operation; the implicit request at the end of Excel.run is counted only
 * where the host makes it through context.sync (the in-memory runtime does).
 */
import { checkSheets, checkWorkbook, clearFindings, insertTemplate, isFailure, runAudit, selectCell, showFindings } from '../excel';
import { templateModel } from '../ledger';
import type { Issue } from '../ledger';

export interface OperationCount {
  readonly operation: string;
  /** context.sync calls (null when Excel.run could not be wrapped). */
  readonly syncs: number | null;
  readonly outcome: string;
}

/** Operations the probe leaves alone, and why (for the report). */
export const NOT_PROBED: readonly { readonly operation: string; readonly reason: string }[] = [
  { operation: 'consolidateWorkbook（集計する）', reason: '集計シートを作り直すため' },
  { operation: 'exportForms（別記様式）', reason: '別記様式シートを作り直すため' },
  { operation: 'applyFixes（自動修正）', reason: '変更履歴シートに追記するため' },
  { operation: 'markReviewed（確認済み）', reason: '_確認済みシートに追記するため' },
  { operation: 'importWorkbooks（取り込み）', reason: 'ファイルが必要で _取込記録 に追記するため' },
  { operation: 'upgradeForms（様式を台帳に変換）', reason: '利用者の様式シートを読むため' },
];

type Run = (...args: unknown[]) => Promise<unknown>;

/** Run `op` with Excel.run wrapped so that every context.sync of its batches is counted. */
async function counting<T>(op: () => Promise<T>): Promise<{ result: T; syncs: number | null }> {
  const excel = (globalThis as unknown as { Excel: { run: Run } }).Excel;
  const real = excel.run;
  let syncs = 0;
  const wrapped: Run = (...args) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const counted = (context: Excel.RequestContext) => {
      const sync = context.sync.bind(context);
      context.sync = (<V>(value?: V) => {
        syncs++;
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    };
    return real.apply(excel, [...args.slice(0, -1), counted]);
  };
  try {
    excel.run = wrapped;
  } catch {
    return { result: await op(), syncs: null };
  }
  try {
    return { result: await op(), syncs };
  } finally {
    excel.run = real;
  }
}

const describe = (r: unknown): string => (isFailure(r) ? `失敗: ${r.detail}` : typeof r === 'object' && r !== null && 'status' in r ? String((r as { status: unknown }).status) : 'ok');

/** Rows with findings of several kinds, so the markers and the audit have something to show. */
const ROWS: (string | number)[][] = [
  [1, '診断用の資産', '内容', 'A群', 'レベル2'],
  [2, '診断用の資産2', '内容', 'C群', 'レベル2'],
  [3, '診断用の資産3', '内容', 'A群', 'Lv2'],
  [3, '診断用の資産4', '内容', 'B群', 'レベル9'],
];

/**
 * Insert a scratch ledger 台帳_診断<token>, run the operations on it, remove it and everything they added (the
 * sheet, its tag name, the audit record). `namesBefore` is the workbook's names before anything ran.
 */
export async function probeOperations(token: string, today: string): Promise<OperationCount[]> {
  const department = `診断${token}`;
  const out: OperationCount[] = [];
  const record = async (operation: string, op: () => Promise<unknown>): Promise<unknown> => {
    const { result, syncs } = await counting(op);
    out.push({ operation, syncs, outcome: describe(result) });
    return result;
  };
  const active = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    return ws.name;
  });
  let sheet: string | null = null;
  let audit: string | null = null;
  try {
    const inserted = await record('insertTemplate（台帳を挿入）', () => insertTemplate({ department, today }));
    if (isFailure(inserted) || (inserted as { status: string }).status !== 'inserted') return out;
    const name = (inserted as { sheet: string }).sheet;
    sheet = name;
    // The template's first data row (0-based), as 台帳を挿入 laid it out.
    const top = templateModel(department, { today, existingSheetNames: [] }).headerRow;
    const id = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name).load('id');
      ws.getRange(`A${top + 1}:E${top + ROWS.length}`).values = ROWS;
      await context.sync();
      return ws.id;
    });
    await record('checkWorkbook（検証する・ブック全体を読むだけ）', () => checkWorkbook({ today }));
    const rechecked = await record('checkSheets（編集の再検査）', () => checkSheets(new Set([id]), { today }));
    const issues: Issue[] = Array.isArray(rechecked) ? rechecked.flatMap((u: { issues: readonly Issue[] }) => [...u.issues]) : [];
    await record('showFindings（指摘の表示）', () => showFindings({ issues, sheets: [name] }));
    await record('showFindings（変わらないとき）', () => showFindings({ issues, sheets: [name] }));
    await record('selectCell（指摘のセルへ移動）', () => selectCell({ sheet: name, cell: `D${top + 2}` }));
    await record('clearFindings（指摘の表示を消す）', () => clearFindings({ sheets: [name] }));
    const audited = await record('runAudit（監査チェック・記録シートは削除）', () => runAudit({ today }));
    if (!isFailure(audited) && (audited as { status: string }).status === 'audited') audit = (audited as { sheet: string }).sheet;
    return out;
  } finally {
    await Excel.run(async (context) => {
      const back = context.workbook.worksheets.getItemOrNullObject(active);
      const made = [sheet, audit].flatMap((s) => (s === null ? [] : [context.workbook.worksheets.getItemOrNullObject(s)]));
      await context.sync();
      if (!back.isNullObject) back.activate();
      for (const ws of made) if (!ws.isNullObject) ws.delete();
      await context.sync();
    }).catch(() => undefined);
  }
}

/**
 * 部署ファイルを取り込む (SPEC §4): bring each department file's ledger sheets into this workbook — natively
 * with insertWorksheetsFromBase64 where ExcelApi 1.13 allows (formats, validations and the tag come along),
 * otherwise by writing the values parsed in the task pane. Every import is recorded in the hidden registry
 * 取込記録, which is what allows a later import of the same 課 to replace that copy — and only that copy,
 * and only once the user has confirmed.
 */
import type { CellValue, Issue, SheetInput } from '../ledger';
import { boxAddress } from './address';
import { toBase64 } from './base64';
import { errorCode, failureKind, runOperation } from './failure';
import { muteEvents, notifyOwnSheetsAdded, unmuteEvents } from './ownWrites';
import type { Failure } from './failure';
import { parseFiles, planImport } from './importPlan';
import type { ImportFile, ParsedFile, PlannedSheet } from './importPlan';
import { IMPORT_HEADER, parseImportRecords, rewriteRegistry } from './registry';
import type { ProgressListener } from './progress';
import type { ImportRecord } from './registry';
import { detectFeatures } from './requirements';
import { PLAN_LIMIT, queueWrites } from './sizing';
import { TAG_OPERATIONS, freeTagName, queueTag } from './tags';
import { localTimestamp } from './time';
import { IMPORT_SHEET } from './toolSheets';
import { blockWrites } from './writing';
import type { OutCell, WriteOp } from './writing';
import type { TextEncoding } from '../xlsx/csv/encoding';
import type { SpreadsheetFormat } from '../xlsx/spreadsheet';

export interface ImportOptions {
  readonly files: readonly ImportFile[];
  /** The user confirmed replacing earlier imported copies. */
  readonly confirmReplace?: boolean;
  readonly now?: Date;
  /** How many files have been parsed (the pane's progress bar). */
  readonly onProgress?: ProgressListener;
}

export interface ImportedSheet {
  readonly file: string;
  readonly sourceSheet: string;
  readonly sheet: string;
  readonly department: string | null;
  /** Name of the earlier copy it replaced. */
  readonly replaced: string | null;
}

/** A file that was not an .xlsx/.xlsm: what it was read as, so the pane can say so (a CSV's encoding above all). */
export interface ImportSource {
  readonly file: string;
  readonly format: SpreadsheetFormat;
  readonly encoding: TextEncoding | null;
}

export type ImportResult =
  | {
      readonly status: 'imported';
      readonly imported: readonly ImportedSheet[];
      readonly issues: readonly Issue[];
      readonly native: boolean;
      /** The files read as CSV or OpenDocument, in order (absent or empty when all were .xlsx/.xlsm). */
      readonly readAs?: readonly ImportSource[];
    }
  | { readonly status: 'needsConfirmation'; readonly replacements: readonly ImportRecord[]; readonly issues: readonly Issue[] }
  | Failure;

function toOut(v: CellValue): OutCell {
  if (v === null || typeof v !== 'object') return v;
  if (v.kind === 'date') return { date: v.serial };
  if (v.kind === 'error') return v.code; // written as text: an error value cannot be written as a value
  return v.runs.join('');
}

/** Writes that recreate a parsed sheet's values (and merges) on a new sheet. */
function sheetWrites(context: Excel.RequestContext, target: string, source: SheetInput): WriteOp[] {
  let ws: Excel.Worksheet | null = null;
  const sheet = () => ws as Excel.Worksheet;
  const origin = source.origin ?? { row: 0, col: 0 };
  const rows = source.rows.map((r) => r.map(toOut));
  return [
    { bytes: 100, ops: 1, queue: () => void (ws = context.workbook.worksheets.add(target)) },
    ...blockWrites(sheet, origin.row, origin.col, rows),
    ...(source.merges ?? []).map((m) => ({ bytes: 40, ops: 2, queue: () => sheet().getRange(boxAddress(m.top, m.left, m.bottom, m.right)).merge(false) })),
  ];
}

/** Import department files (one Excel.run; files are parsed first, in the task pane). */
export async function importWorkbooks(options: ImportOptions): Promise<ImportResult> {
  const { parsed, issues } = await parseFiles(options.files, options.onProgress);
  const features = detectFeatures();
  const importedAt = localTimestamp(options.now);
  if (parsed.length === 0) return { status: 'imported', imported: [], issues, native: false };
  return runOperation(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name,items/id');
    const names = context.workbook.names.load('items/name');
    await context.sync();
    const sheetNames = worksheets.items.map((w) => w.name);
    const before = new Set(worksheets.items.map((w) => w.id));
    const registryExists = sheetNames.includes(IMPORT_SHEET);
    const registry = registryExists ? context.workbook.worksheets.getItem(IMPORT_SHEET).getUsedRangeOrNullObject(true).load('values') : null;
    await context.sync();

    const registryRows = registry && !registry.isNullObject ? registry.values : [];
    const records = parseImportRecords(registryRows);
    const plan = planImport(parsed, sheetNames, records);
    const replacements = plan.flatMap((p) => (p.replaces ? [p.replaces] : []));
    if (replacements.length > 0 && options.confirmReplace !== true) return { status: 'needsConfirmation', replacements, issues } as const;

    muteEvents(context);
    for (const r of replacements) context.workbook.worksheets.getItem(r.sheet).delete();
    // Per file: natively where the host can and the base64 request stays under the sync limit, else by values.
    // insertWorksheetsFromBase64 takes .xlsx/.xlsm only: CSV and OpenDocument files always go by values.
    const isNative = (p: ParsedFile) => features.insertFromBase64 && p.format === 'xlsx' && p.file.data.byteLength * BASE64_GROWTH < PLAN_LIMIT;
    const nativeFiles = parsed.filter(isNative);
    const arrived = nativeFiles.length > 0 ? await insertNatively(context, nativeFiles, plan, before) : new Map<PlannedSheet, string>();

    // What did not arrive natively (a parsed file, or a native insert that failed) is written by values.
    const tagNames = names.items.map((n) => n.name);
    const written: PlannedSheet[] = [];
    const ops = plan.flatMap((p) => {
      if (arrived.has(p)) return [];
      const file = parsed.find((f) => f.file.name === p.file) as ParsedFile;
      const source = file.workbook.sheets.find((s) => s.name === p.sourceSheet);
      if (!source) return [];
      written.push(p);
      const writes = sheetWrites(context, p.sheet, source);
      if (source.tag) {
        const tagName = freeTagName(tagNames);
        tagNames.push(tagName);
        const tag = source.tag;
        writes.push({ bytes: 300, ops: TAG_OPERATIONS, queue: () => queueTag(context, context.workbook.worksheets.getItem(p.sheet), p.sheet, tag, tagName, features.customProperties) });
      }
      return writes;
    });
    // 取込記録 names what is really there: sheets that arrived (matched by id and name) or were written.
    const done = plan.filter((p) => arrived.has(p) || written.includes(p));
    const kept = records.filter((r) => !replacements.includes(r));
    const newRecords: OutCell[][] = done.map((p) => [p.sheet, p.file, p.sourceSheet, p.department ?? '', importedAt]);
    const registryOps = rewriteRegistry(
      context,
      IMPORT_SHEET,
      IMPORT_HEADER,
      registryExists,
      registryRows.length,
      [...kept.map((r) => [r.sheet, r.file, r.sourceSheet, r.department, r.importedAt]), ...newRecords],
    );
    await queueWrites(context, [...ops, ...registryOps]);
    unmuteEvents(context);
    await context.sync();
    notifyOwnSheetsAdded();
    const native = nativeFiles.length === parsed.length && written.length === 0;
    const imported: ImportedSheet[] = done.map((p) => ({
      file: p.file,
      sourceSheet: p.sourceSheet,
      sheet: p.sheet,
      department: p.department,
      replaced: p.replaces?.sheet ?? null,
    }));
    const readAs = parsed.filter((p) => p.format !== 'xlsx').map((p) => ({ file: p.file.name, format: p.format, encoding: p.encoding }));
    return { status: 'imported', imported, issues, native, readAs } as const;
  });
}

/** base64 is 4/3 of the bytes, plus room for the rest of the request. */
const BASE64_GROWTH = 1.37;

/** `台帳_総務課`, or the name Excel gives a clashing copy: `台帳_総務課 (2)` (compared case-insensitively). */
function isCopyOf(name: string, source: string): boolean {
  const a = name.toLowerCase();
  const b = source.toLowerCase();
  if (a === b) return true;
  const m = /^(.*) \(\d+\)$/.exec(a);
  return m !== null && m[1] !== undefined && b.startsWith(m[1]);
}

/**
 * ExcelApi 1.13: insert each file's ledger sheets as they are (formats, validations and the tag cell come along),
 * ONE FILE PER SYNC — each base64 request is under the sync limit on its own, two together may not be (issue 8).
 * Every insert's sync also reloads the sheet list: the documented return value is a list of ids in no stated order,
 * so each new sheet is matched to its planned sheet by its loaded name (Excel names a clash "X (2)"), then renamed
 * by id to the planned name in the caller's final batch. A failed insert is not retried (the same request fails
 * again); since Excel on the web can insert the sheets while the sync rejects (office-js #3179), the sheet list is
 * reloaded and reconciled by id: whatever arrived counts as arrived, the rest is written by values.
 * Returns the planned sheets that arrived, with their ids.
 */
async function insertNatively(
  context: Excel.RequestContext,
  files: readonly ParsedFile[],
  plan: readonly PlannedSheet[],
  before: ReadonlySet<string>,
): Promise<Map<PlannedSheet, string>> {
  let list: { id: string; name: string }[] | null = null;
  const insertFrom = async (index: number): Promise<void> => {
    const p = files[index];
    if (!p) return;
    context.workbook.insertWorksheetsFromBase64(toBase64(p.file.data), {
      sheetNamesToInsert: plan.filter((s) => s.file === p.file.name).map((s) => s.sourceSheet),
      positionType: 'End',
    });
    const sheets = context.workbook.worksheets.load('items/name,items/id');
    try {
      await context.sync();
      list = sheets.items.map((w) => ({ id: w.id, name: w.name }));
    } catch (error) {
      if (failureKind(errorCode(error)) === 'cellEditMode') throw error;
      list = null;
    }
    await insertFrom(index + 1);
  };
  await insertFrom(0);
  if (list === null) {
    // The last sync failed: reload the sheet list on its own.
    const sheets = context.workbook.worksheets.load('items/name,items/id');
    await context.sync();
    list = sheets.items.map((w) => ({ id: w.id, name: w.name }));
  }
  const fresh = (list as { id: string; name: string }[]).filter((w) => !before.has(w.id));
  const arrived = new Map<PlannedSheet, string>();
  const claimed = new Set<string>();
  for (const planned of plan) {
    if (!files.some((f) => f.file.name === planned.file)) continue;
    const match = fresh.find((w) => !claimed.has(w.id) && isCopyOf(w.name, planned.sourceSheet));
    if (!match) continue;
    claimed.add(match.id);
    arrived.set(planned, match.id);
    if (match.name !== planned.sheet) context.workbook.worksheets.getItem(match.id).name = planned.sheet;
  }
  return arrived;
}

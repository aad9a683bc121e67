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
import { runOperation } from './failure';
import type { Failure } from './failure';
import { parseFiles, planImport } from './importPlan';
import type { ImportFile, ParsedFile, PlannedSheet } from './importPlan';
import { IMPORT_HEADER, parseImportRecords, rewriteRegistry } from './registry';
import type { ProgressListener } from './progress';
import type { ImportRecord } from './registry';
import { detectFeatures } from './requirements';
import { PLAN_LIMIT, groupBySize, queueInBatches } from './sizing';
import { freeTagName, queueTag } from './tags';
import { localTimestamp } from './time';
import { IMPORT_SHEET } from './toolSheets';
import { blockWrites } from './writing';
import type { OutCell, WriteOp } from './writing';

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

export type ImportResult =
  | { readonly status: 'imported'; readonly imported: readonly ImportedSheet[]; readonly issues: readonly Issue[]; readonly native: boolean }
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
    { bytes: 100, queue: () => void (ws = context.workbook.worksheets.add(target)) },
    ...blockWrites(sheet, origin.row, origin.col, rows),
    ...(source.merges ?? []).map((m) => ({ bytes: 40, queue: () => sheet().getRange(boxAddress(m.top, m.left, m.bottom, m.right)).merge(false) })),
  ];
}

/** Import department files (one Excel.run; files are parsed first, in the task pane). */
export async function importWorkbooks(options: ImportOptions): Promise<ImportResult> {
  const { parsed, issues } = await parseFiles(options.files, options.onProgress);
  const features = detectFeatures();
  const importedAt = localTimestamp(options.now);
  if (parsed.length === 0) return { status: 'imported', imported: [], issues, native: false };
  return runOperation(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name');
    await context.sync();
    const sheetNames = worksheets.items.map((w) => w.name);
    const registryExists = sheetNames.includes(IMPORT_SHEET);
    const registry = registryExists ? context.workbook.worksheets.getItem(IMPORT_SHEET).getUsedRangeOrNullObject(true).load('values') : null;
    await context.sync();

    const registryRows = registry && !registry.isNullObject ? registry.values : [];
    const records = parseImportRecords(registryRows);
    const plan = planImport(parsed, sheetNames, records);
    const replacements = plan.flatMap((p) => (p.replaces ? [p.replaces] : []));
    if (replacements.length > 0 && options.confirmReplace !== true) return { status: 'needsConfirmation', replacements, issues } as const;

    for (const r of replacements) context.workbook.worksheets.getItem(r.sheet).delete();
    const kept = records.filter((r) => !replacements.includes(r));
    const newRecords: OutCell[][] = plan.map((p) => [p.sheet, p.file, p.sourceSheet, p.department ?? '', importedAt]);
    const registryOps = rewriteRegistry(
      context,
      IMPORT_SHEET,
      IMPORT_HEADER,
      registryExists,
      registryRows.length,
      [...kept.map((r) => [r.sheet, r.file, r.sourceSheet, r.department, r.importedAt]), ...newRecords],
    );

    // Per file: natively where the host can and the base64 request stays under the sync limit, else by values.
    const isNative = (p: ParsedFile) => features.insertFromBase64 && p.file.data.byteLength * 1.37 < PLAN_LIMIT;
    const nativeFiles = parsed.filter(isNative);
    if (nativeFiles.length > 0) await insertNatively(context, nativeFiles, plan);
    const tagNames = names.items.map((n) => n.name);
    const ops = plan.flatMap((p) => {
      const file = parsed.find((f) => f.file.name === p.file) as ParsedFile;
      const source = isNative(file) ? undefined : file.workbook.sheets.find((s) => s.name === p.sourceSheet);
      if (!source) return [];
      const writes = sheetWrites(context, p.sheet, source);
      if (source.tag) {
        const tagName = freeTagName(tagNames);
        tagNames.push(tagName);
        const tag = source.tag;
        writes.push({ bytes: 300, queue: () => queueTag(context, context.workbook.worksheets.getItem(p.sheet), p.sheet, tag, tagName, features.customProperties) });
      }
      return writes;
    });
    await queueInBatches(context, groupBySize([...ops, ...registryOps]).map((g) => g.map((op) => op.queue)));
    await context.sync();
    const native = nativeFiles.length === parsed.length;
    const imported: ImportedSheet[] = plan.map((p) => ({
      file: p.file,
      sourceSheet: p.sourceSheet,
      sheet: p.sheet,
      department: p.department,
      replaced: p.replaces?.sheet ?? null,
    }));
    return { status: 'imported', imported, issues, native } as const;
  });
}

/**
 * ExcelApi 1.13: insert each file's ledger sheets as they are (formats, validations and the tag cell come along).
 * Excel names a clashing sheet itself ("X (2)"), so each inserted sheet is then renamed by its id to the planned
 * name, queued for the caller's next batch.
 */
async function insertNatively(context: Excel.RequestContext, files: readonly ParsedFile[], plan: readonly PlannedSheet[]): Promise<void> {
  const inserted = files.map((p) => {
    const sheets = plan.filter((s) => s.file === p.file.name);
    const ids = context.workbook.insertWorksheetsFromBase64(toBase64(p.file.data), {
      sheetNamesToInsert: sheets.map((s) => s.sourceSheet),
      positionType: 'End',
    });
    return { sheets, ids };
  });
  await context.sync();
  for (const { sheets, ids } of inserted) {
    ids.value.forEach((id, i) => {
      const planned = sheets[i];
      if (planned) context.workbook.worksheets.getItem(id).name = planned.sheet;
    });
  }
}

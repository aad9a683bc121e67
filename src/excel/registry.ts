/**
 * The add-in's registries live in hidden sheets of the workbook itself (not in document settings):
 * they travel with the file, survive the preview's .xlsx round trip and a change of add-in id, and an auditor
 * can unhide and read them — a review mark is a statement someone made, and it should be inspectable.
 */
import type { ReviewMark } from '../ledger';
import { boxAddress } from './address';
import type { OutCell, WriteOp } from './writing';
import { blockWrites, sheetByName } from './writing';

/** The review registry's columns; 確認者 came last so that registries written before it still read the same. */
export const REVIEW_HEADER = ['シート', '行', 'コード', '指紋', '理由', '確認日時', '確認者'] as const;
export const IMPORT_HEADER = ['シート', '元ファイル', '元シート', '課', '取込日時'] as const;

/** One sheet an import created (so a re-import may replace it, and nothing else). */
export interface ImportRecord {
  readonly sheet: string;
  readonly file: string;
  readonly sourceSheet: string;
  readonly department: string;
  readonly importedAt: string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const dataRows = (rows: readonly (readonly unknown[])[], first: string) => rows.filter((r, i) => !(i === 0 && text(r[0]) === first));

/**
 * Review marks from the registry rows, oldest first. Marking the same content on the same row again replaces the
 * earlier mark (a new reason); a mark for other content on that row is kept beside it, since marks follow their
 * content when rows move (`applyReviews`).
 */
export function parseReviewMarks(rows: readonly (readonly unknown[])[]): ReviewMark[] {
  const byKey = new Map<string, ReviewMark>();
  for (const r of dataRows(rows, REVIEW_HEADER[0])) {
    const row = Number(r[1]);
    if (text(r[0]) === '' || !Number.isInteger(row) || text(r[2]) === '') continue;
    const mark: ReviewMark = { sheet: text(r[0]), row, code: text(r[2]), fingerprint: text(r[3]), reason: text(r[4]), reviewedAt: text(r[5]) };
    if (text(r[6]) !== '') mark.reviewer = text(r[6]);
    const key = `${mark.sheet}\u0000${mark.row}\u0000${mark.code}\u0000${mark.fingerprint}`;
    byKey.delete(key); // re-inserted: the list stays in the order the marks were last made
    byKey.set(key, mark);
  }
  return [...byKey.values()];
}

export function parseImportRecords(rows: readonly (readonly unknown[])[]): ImportRecord[] {
  return dataRows(rows, IMPORT_HEADER[0])
    .filter((r) => text(r[0]) !== '')
    .map((r) => ({ sheet: text(r[0]), file: text(r[1]), sourceSheet: text(r[2]), department: text(r[3]), importedAt: text(r[4]) }));
}

/**
 * Queue appending rows to a registry sheet: created hidden with its header when missing.
 * `usedRows` is the registry's current row count (0 when absent).
 */
export function appendRegistryRows(
  context: Excel.RequestContext,
  name: string,
  header: readonly string[],
  exists: boolean,
  usedRows: number,
  rows: readonly (readonly OutCell[])[],
  hidden = true,
): WriteOp[] {
  const ops: WriteOp[] = [];
  let created: Excel.Worksheet | null = null;
  const byName = sheetByName(context, name);
  if (!exists) {
    ops.push({
      bytes: 200,
      ops: 6,
      queue: () => {
        created = context.workbook.worksheets.add(name);
        if (hidden) created.visibility = 'Hidden';
        created.getRange(boxAddress(0, 0, 0, header.length - 1)).format.font.bold = true;
        created.getRange(boxAddress(0, 0, 0, header.length - 1)).values = [[...header]];
      },
    });
  }
  const sheet = () => created ?? byName();
  return [...ops, ...blockWrites(sheet, exists ? Math.max(usedRows, 1) : 1, 0, rows)];
}

/** Rewrite a registry completely (used when an import replaces earlier records). */
export function rewriteRegistry(
  context: Excel.RequestContext,
  name: string,
  header: readonly string[],
  exists: boolean,
  oldRows: number,
  rows: readonly (readonly OutCell[])[],
): WriteOp[] {
  const clear: WriteOp[] =
    exists && oldRows > 1
      ? [{ bytes: 60, ops: 3, queue: () => void context.workbook.worksheets.getItem(name).getRange(boxAddress(1, 0, oldRows - 1, header.length - 1)).clear('Contents') }]
      : [];
  return [...clear, ...appendRegistryRows(context, name, header, exists, 1, rows)];
}

/**
 * The canonical template (SPEC §1.1) as data. The exceljs writer (src/xlsx) and the Office.js writer
 * (src/excel) both render exactly this model, so the two can never drift apart.
 */
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';
import { a1 } from './address';
import { carriedRows } from './carry';
import type { CarriedAsset } from './carry';
import { sanitizeSheetName } from './sheetName';
import { isoToSerial } from './text';
import type { LedgerTag } from './types';

/** Version of the template layout, written into the tag. */
export const TEMPLATE_VERSION = '1';

type ValidationText = { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };

export interface TemplateModel {
  /** `台帳_{課名}`, sanitised (SPEC §1.1), unique against existingSheetNames. */
  sheetName: string;
  /** `情報資産台帳（{課名}）`. */
  title: string;
  /** 課名, 更新日 (date serial + `yyyy/m/d`), 記入者. */
  meta: { label: string; value: string | number | null; labelCell: string; valueCell: string; numberFormat?: string }[];
  /** Quotes the 第5/第6 definitions. */
  legend: { cell: string; text: string }[];
  /** Excel row number of the table header. */
  headerRow: number;
  /** `番号, 情報資産名, 内容, 群, レベル, (extended…), 備考`. */
  headers: string[];
  /** A valid Excel table name (ASCII). */
  tableName: string;
  /** Data rows of the table: `rows` first, then empty ones up to the pack's `bodyRows`. */
  bodyRows: number;
  /**
   * Assets carried from last year (the CLI's hand-out), as wide as `headers`: 番号 a whole number, every other
   * value text, written as text (never a formula). Empty for a fresh template (the add-in inserts none).
   */
  rows: (string | number)[][];
  /** The carried 番号 were replaced by 1..n (`keepOrRenumber`); false without carried assets. */
  renumbered: boolean;
  /** In characters. */
  columnWidths: number[];
  /** 0-based column indexes (内容, 備考). */
  wrapColumns: number[];
  /** `column` is the 0-based column index (the table starts in column A). */
  validations: (
    | ({ column: number; kind: 'list'; values: string[] } & ValidationText)
    | ({ column: number; kind: 'wholeNumber'; min: number } & ValidationText)
  )[];
  /** Rows frozen (through the header). */
  freezeRows: number;
  print: { orientation: 'landscape'; paperSize: 'A4'; titleRows: string };
  tag: LedgerTag;
}

const HEADER_ROW = 7;

/**
 * Characters a `yyyy/m/d` date needs (`2025/12/25` and a margin): the column holding 更新日's value is at least
 * this wide, or Excel shows and prints `###` (the 群 column under it is narrower).
 */
export const DATE_COLUMN_WIDTH = 11;

/** Where 更新日's value goes (0-based row and column): D2. */
const UPDATED_VALUE = { row: 1, col: 3 } as const;

/** A short ASCII table name, stable for a sheet name. */
function tableNameFor(sheetName: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < sheetName.length; i++) h = Math.imul(h ^ sheetName.charCodeAt(i), 0x01000193) >>> 0;
  return `Ledger_${h.toString(16).padStart(8, '0')}`;
}

/**
 * The template for one 課. `today` (`YYYY-MM-DD`) fills 更新日; `assets` (carried from last year, see carry.ts)
 * fill the table's first rows.
 */
export function templateModel(
  department: string,
  options: { extended?: boolean; policy?: PolicyPack; today: string; existingSheetNames?: readonly string[]; assets?: readonly CarriedAsset[] },
): TemplateModel {
  const policy = options.policy ?? hanamaki;
  const t = policy.template;
  const dept = String(department ?? '').trim();
  const sheetName = sanitizeSheetName(t.sheetPrefix + dept, options.existingSheetNames ?? []);
  const columns = policy.columns.filter((c) => c.core || options.extended === true);
  const index = (key: string) => columns.findIndex((c) => c.key === key);
  const defs = (list: PolicyPack['groups']) => list.map((d) => `${d.code}：${d.definition}`).join('\n');
  const validations: TemplateModel['validations'] = [];
  const v = t.validation;
  if (index('number') >= 0) validations.push({ column: index('number'), kind: 'wholeNumber', min: 1, ...v.number });
  if (index('group') >= 0) validations.push({ column: index('group'), kind: 'list', values: policy.groups.map((g) => g.code), ...v.group, prompt: defs(policy.groups) });
  if (index('level') >= 0) validations.push({ column: index('level'), kind: 'list', values: policy.levels.map((l) => l.code), ...v.level, prompt: defs(policy.levels) });
  if (index('personalInfo') >= 0) {
    validations.push({ column: index('personalInfo'), kind: 'list', values: [policy.personalInfo.yes, policy.personalInfo.no], ...v.personalInfo });
  }
  const carried = carriedRows(options.assets ?? [], columns.map((c) => c.key));
  const serial = isoToSerial(options.today);
  const groupLine = policy.groups.map((g) => `${g.code}：${g.definition}`).join('　') + `（${policy.groups[0]?.article ?? ''}）`;
  const levelLines = policy.levels.map((l) => `${l.code}：${l.definition}（${l.article}）`);
  return {
    sheetName,
    title: t.title.replace('{department}', dept),
    meta: [
      { label: t.departmentLabels[0] ?? '課名', value: dept, labelCell: 'A2', valueCell: 'B2' },
      serial !== null
        ? { label: t.updatedLabels[0] ?? '更新日', value: serial, labelCell: a1(UPDATED_VALUE.row, UPDATED_VALUE.col - 1), valueCell: a1(UPDATED_VALUE.row, UPDATED_VALUE.col), numberFormat: t.dateFormat }
        : { label: t.updatedLabels[0] ?? '更新日', value: null, labelCell: a1(UPDATED_VALUE.row, UPDATED_VALUE.col - 1), valueCell: a1(UPDATED_VALUE.row, UPDATED_VALUE.col), numberFormat: t.dateFormat },
      { label: t.authorLabels[0] ?? '記入者', value: null, labelCell: 'E2', valueCell: 'F2' },
    ],
    legend: [groupLine, ...levelLines].map((text, i) => ({ cell: a1(2 + i, 0), text })),
    headerRow: HEADER_ROW,
    headers: columns.map((c) => c.header),
    tableName: tableNameFor(sheetName),
    bodyRows: Math.max(t.bodyRows, carried.rows.length),
    rows: carried.rows,
    renumbered: carried.renumbered,
    // 更新日's value sits above the narrow 群 column.
    columnWidths: columns.map((c, i) => (i === UPDATED_VALUE.col ? Math.max(c.width, DATE_COLUMN_WIDTH) : c.width)),
    wrapColumns: columns.flatMap((c, i) => (c.wrap ? [i] : [])),
    validations,
    freezeRows: HEADER_ROW,
    print: { orientation: 'landscape', paperSize: 'A4', titleRows: `$${HEADER_ROW}:$${HEADER_ROW}` },
    tag: { policyId: policy.id, templateVersion: TEMPLATE_VERSION, department: dept.length > 0 ? dept : null },
  };
}

import type { Locale } from '../i18n';
import { TOOL_SHEETS } from '../ledger/toolSheets';

/** Labels of the 集計 workbook per locale (sheet names stay Japanese: SPEC §4 names the sheet `集計`). */
export interface SummaryLabels {
  title: string;
  madeAt: string;
  policy: string;
  department: string;
  /** Assets whose 群 or レベル is empty or invalid: the matrix's columns add up to 計 with it. */
  unclassified: string;
  total: string;
  grandTotal: string;
  errors: string;
  warnings: string;
  number: string;
  name: string;
  content: string;
  group: string;
  level: string;
  source: string;
  severity: string;
  code: string;
  /** The rule's short name, beside its code. */
  rule: string;
  file: string;
  sheet: string;
  cell: string;
  message: string;
  noDepartment: string;
  /** Title of the chart of the matrix on 集計 (the add-in's chart has the same title). */
  chartTitle: string;
}

export const SUMMARY_LABELS: Record<Locale, SummaryLabels> = {
  ja: {
    title: '情報資産台帳 集計',
    madeAt: '作成日時',
    policy: 'ポリシー',
    department: '課',
    unclassified: '未分類',
    total: '計',
    grandTotal: '合計',
    errors: 'エラー',
    warnings: '警告',
    number: '番号',
    name: '情報資産名',
    content: '内容',
    group: '群',
    level: 'レベル',
    source: '元のセル',
    severity: '重大度',
    code: 'コード',
    rule: '規則',
    file: 'ファイル',
    sheet: 'シート',
    cell: 'セル',
    message: '内容',
    noDepartment: '（課不明）',
    chartTitle: '課別・群－レベル別の資産数',
  },
  en: {
    title: 'Information asset ledgers: summary',
    madeAt: 'Made at',
    policy: 'Policy',
    department: 'Department',
    unclassified: 'Unclassified',
    total: 'Total',
    grandTotal: 'Total',
    errors: 'Errors',
    warnings: 'Warnings',
    number: 'No.',
    name: 'Asset name',
    content: 'Description',
    group: 'Group',
    level: 'Level',
    source: 'Source cell',
    severity: 'Severity',
    code: 'Code',
    rule: 'Rule',
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Message',
    noDepartment: '(unknown department)',
    chartTitle: 'Assets by department and group/level',
  },
};

/** Sheet names of the summary workbook (the add-in's 集計 has the same; see summary-layout.ts). */
export const SUMMARY_SHEETS = { summary: TOOL_SHEETS.summary, assets: TOOL_SHEETS.assets, findings: TOOL_SHEETS.findings } as const;

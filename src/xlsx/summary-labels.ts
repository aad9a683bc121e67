import type { Locale } from '../i18n';

/** Labels of the 集計 workbook per locale (sheet names stay Japanese: SPEC §4 names the sheet `集計`). */
export interface SummaryLabels {
  title: string;
  madeAt: string;
  policy: string;
  department: string;
  total: string;
  grandTotal: string;
  errors: string;
  warnings: string;
  assetsTitle: string;
  number: string;
  name: string;
  content: string;
  group: string;
  level: string;
  source: string;
  findingsTitle: string;
  severity: string;
  code: string;
  file: string;
  sheet: string;
  cell: string;
  message: string;
  noDepartment: string;
  counts: string;
  /** Title of the chart of the matrix on 集計 (the add-in's chart has the same title). */
  chartTitle: string;
}

export const SUMMARY_LABELS: Record<Locale, SummaryLabels> = {
  ja: {
    title: '情報資産台帳 集計',
    madeAt: '作成日時',
    policy: '方針',
    department: '課',
    total: '計',
    grandTotal: '合計',
    errors: 'エラー',
    warnings: '警告',
    assetsTitle: '資産一覧',
    number: '番号',
    name: '情報資産名',
    content: '内容',
    group: '群',
    level: 'レベル',
    source: '出典',
    findingsTitle: '指摘事項',
    severity: '重要度',
    code: 'コード',
    file: 'ファイル',
    sheet: 'シート',
    cell: 'セル',
    message: '内容',
    noDepartment: '（課不明）',
    counts: '件数',
    chartTitle: '課別・群－レベル別の資産数',
  },
  en: {
    title: 'Information asset ledgers: summary',
    madeAt: 'Made at',
    policy: 'Policy',
    department: 'Department',
    total: 'Total',
    grandTotal: 'Total',
    errors: 'Errors',
    warnings: 'Warnings',
    assetsTitle: 'Assets',
    number: 'No.',
    name: 'Asset name',
    content: 'Description',
    group: 'Group',
    level: 'Level',
    source: 'Source',
    findingsTitle: 'Findings',
    severity: 'Severity',
    code: 'Code',
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Message',
    noDepartment: '(unknown department)',
    counts: 'Count',
    chartTitle: 'Assets by department and group/level',
  },
};

/** Sheet names of the summary workbook. */
export const SUMMARY_SHEETS = { summary: '集計', assets: '資産一覧', findings: '指摘事項' } as const;

import type { Locale } from '../i18n';

/**
 * Labels of the yearly cycle's summary sheets (提出状況, 前年度比較, 前年度比較_明細) per locale; the sheet names stay
 * Japanese, as 集計's do. Headers beside summary-labels.ts's shared ones (課, ファイル, シート, 番号, 情報資産名…).
 */
export interface CycleLabels {
  submissionTitle: string;
  /** First day of the current 年度 (what "current" is judged by). */
  yearStart: string;
  submitted: string;
  notSubmitted: string;
  /** Submitted, but an 更新日 before the 年度 (or none): LEDGER_STALE. */
  notCurrent: string;
  status: string;
  updatedOn: string;
  /** Whether the 更新日 is in the current 年度. */
  current: string;
  yes: string;
  no: string;
  /** An 更新日 that is missing or unreadable. */
  noDate: string;
  /** Heading of the 課 that sent a ledger but are not on the list. */
  unlisted: string;

  comparisonTitle: string;
  /** What the comparison was made against (the --previous files, the picked file). */
  previous: string;
  continued: string;
  new: string;
  gone: string;
  before: string;
  after: string;
  added: string;
  removed: string;
  reclassified: string;
  contentChanged: string;
  unchanged: string;
  /** Caption above the per-課 matrix change columns. */
  matrixCaption: string;
  category: string;
  change: string;

  /** 前年度比較_明細's columns. */
  kind: string;
  beforeClass: string;
  afterClass: string;
  beforeContent: string;
  afterContent: string;
  /** A reclassified asset whose 内容 changed too. */
  reclassifiedAndContent: string;
}

export const CYCLE_LABELS: Record<Locale, CycleLabels> = {
  ja: {
    submissionTitle: '提出状況',
    yearStart: '今年度の始まり',
    submitted: '提出済み',
    notSubmitted: '未提出',
    notCurrent: '更新日が今年度でない',
    status: '状況',
    updatedOn: '更新日',
    current: '今年度',
    yes: 'はい',
    no: 'いいえ',
    noDate: '（なし）',
    unlisted: '課の一覧にない課（一覧の書き誤りか、新しい課）',
    comparisonTitle: '前年度比較',
    previous: '前年度の集計',
    continued: '継続',
    new: '新規',
    gone: '今年度なし',
    before: '前年度',
    after: '今年度',
    added: '追加',
    removed: '削除',
    reclassified: '分類変更',
    contentChanged: '内容変更',
    unchanged: '変更なし',
    matrixCaption: '群－レベル別の増減（今年度－前年度）',
    category: '群－レベル',
    change: '増減',
    kind: '変更',
    beforeClass: '前年度の群－レベル',
    afterClass: '今年度の群－レベル',
    beforeContent: '前年度の内容',
    afterContent: '今年度の内容',
    reclassifiedAndContent: '分類・内容変更',
  },
  en: {
    submissionTitle: 'Submission status',
    yearStart: 'Fiscal year from',
    submitted: 'Submitted',
    notSubmitted: 'Not submitted',
    notCurrent: 'Not updated this fiscal year',
    status: 'Status',
    updatedOn: 'Updated',
    current: 'This fiscal year',
    yes: 'Yes',
    no: 'No',
    noDate: '(none)',
    unlisted: 'Departments not on the list (a misspelling, or a new department)',
    comparisonTitle: 'Changes since last year',
    previous: 'Last year’s summary',
    continued: 'Continued',
    new: 'New',
    gone: 'Gone',
    before: 'Last year',
    after: 'This year',
    added: 'Added',
    removed: 'Removed',
    reclassified: 'Reclassified',
    contentChanged: 'Content changed',
    unchanged: 'Unchanged',
    matrixCaption: 'Change per group/level (this year − last year)',
    category: 'Group/level',
    change: 'Change',
    kind: 'Change',
    beforeClass: 'Last year: group/level',
    afterClass: 'This year: group/level',
    beforeContent: 'Last year: description',
    afterContent: 'This year: description',
    reclassifiedAndContent: 'Reclassified, content changed',
  },
};

import type { Issue } from '../ledger/types';
import { renderIssue } from '../i18n';
import type { Locale } from '../i18n';

/** FILE_UNREADABLE reasons (XlsxReadError's plus the file-system ones the CLI adds) in words. */
const REASONS: Record<Locale, Record<string, string>> = {
  ja: {
    empty: '中身が空のファイルです',
    encrypted: 'パスワードで保護されています',
    xls: '古い Excel 形式（.xls）です',
    ole: 'Excel のブックではありません',
    'not-zip': '.xlsx ファイルではありません',
    truncated: 'ファイルが途中で切れています',
    'not-xlsx': 'ブックが含まれていません',
    corrupt: 'ファイルが壊れています',
    'not-found': 'ファイルが見つかりません',
    permission: '読み取る権限がありません',
    directory: 'フォルダです',
    io: '読み込めませんでした',
  },
  en: {
    empty: 'the file is empty',
    encrypted: 'it is password-protected',
    xls: 'it is an old Excel file (.xls)',
    ole: 'it is not an Excel workbook',
    'not-zip': 'it is not an .xlsx file',
    truncated: 'the file is truncated',
    'not-xlsx': 'it holds no workbook',
    corrupt: 'the file is damaged',
    'not-found': 'no such file',
    permission: 'no permission to read it',
    directory: 'it is a folder',
    io: 'it could not be read',
  },
};

/** A FILE_UNREADABLE reason code in words (the code itself when unknown). */
export function reasonText(reason: string, locale: Locale): string {
  return REASONS[locale][reason] ?? reason;
}

/**
 * renderIssue, with FILE_UNREADABLE's machine `reason` put in words first (the code stays in the issue's
 * params; only the message changes).
 */
export function renderFinding(issue: Issue, locale: Locale): string {
  const reason = issue.params['reason'];
  if (issue.code !== 'FILE_UNREADABLE' || typeof reason !== 'string') return renderIssue(issue, locale);
  return renderIssue({ ...issue, params: { ...issue.params, reason: reasonText(reason, locale) } }, locale);
}

/** Issue messages per locale, rendered at the edge (CLI, task pane, sheets) from an issue's code and params. */
import { isIssueCode } from '../ledger/codes';
import type { Issue, Severity } from '../ledger/types';
import { en } from './en';
import { ja } from './ja';
import type { Catalogue, Locale } from './types';

export type { Catalogue, Locale, MessageFn, IssueParams } from './types';

export const catalogues: Readonly<Record<Locale, Catalogue>> = { ja, en };

/** The message of an issue in a locale (ja by default). Never throws. */
export function renderIssue(issue: Issue, locale: Locale = 'ja'): string {
  const catalogue = catalogues[locale] ?? ja;
  const params = issue.params && typeof issue.params === 'object' ? issue.params : {};
  if (!isIssueCode(issue.code)) return catalogue.unknown(String(issue.code));
  try {
    return catalogue.issues[issue.code](params);
  } catch {
    return catalogue.unknown(issue.code);
  }
}

/** `エラー` / `警告` / `情報` (or English). */
export function severityLabel(severity: Severity, locale: Locale = 'ja'): string {
  return (catalogues[locale] ?? ja).severities[severity] ?? String(severity);
}

/** The short name of a rule (`GROUP_INVALID` → 群が正しくない), shown beside its code; the code itself when unknown. */
export function ruleName(code: string, locale: Locale = 'ja'): string {
  const catalogue = catalogues[locale] ?? ja;
  return isIssueCode(code) ? catalogue.ruleNames[code] : String(code);
}

/** A change as people read it in print: `+2`, `−1` (a real minus sign), `±0`. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

/** Message catalogue types: one catalogue per locale, typed so that a missing issue code is a compile error. */
import type { IssueCode } from '../ledger/codes';
import type { ParamValue, Severity } from '../ledger/types';

export type Locale = 'ja' | 'en';

export type IssueParams = Readonly<Record<string, ParamValue>>;

/** Renders one issue's message from its params. */
export type MessageFn = (p: IssueParams) => string;

export interface Catalogue {
  readonly issues: { readonly [K in IssueCode]: MessageFn };
  readonly severities: { readonly [K in Severity]: string };
  /** A short name of each rule, shown beside its code (監査結果, 変更履歴, the summary's findings). */
  readonly ruleNames: { readonly [K in IssueCode]: string };
  /** For a code the catalogue does not know (a newer engine or another policy pack). */
  readonly unknown: (code: string) => string;
}

/**
 * Why a file could not be opened (FILE_UNREADABLE's `reason`): the xlsx reader's reasons (src/xlsx/errors.ts) and
 * the file system's (src/cli/load.ts). Each locale says what happened and what to do about it.
 */
export const UNREADABLE_REASONS = [
  'empty', 'encrypted', 'xls', 'ole', 'not-zip', 'truncated', 'not-xlsx', 'corrupt', 'not-found', 'permission', 'directory', 'io',
] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

/** The sentence for a reason; the catalogue's generic one for a reason it does not know. */
export function reasonText(texts: Readonly<Record<UnreadableReason, string>>, p: IssueParams, fallback: (reason: string) => string): string {
  const reason = str(p, 'reason');
  return (UNREADABLE_REASONS as readonly string[]).includes(reason) ? texts[reason as UnreadableReason] : fallback(reason);
}

/** A param as display text (`null`/absent → empty). */
export function str(p: IssueParams, key: string): string {
  const v = p[key];
  return v === null || v === undefined ? '' : String(v);
}

/** Shorten long cell text (a 32,767-character cell) for a one-line message. */
export function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

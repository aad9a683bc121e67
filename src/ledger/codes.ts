/**
 * Params per code (what the message catalogues and reports may rely on):
 * - LEDGER_HEADER_INVALID, DEPARTMENT_MISSING, LEDGER_EMPTY: none (sheet-level, cell null)
 * - COLUMN_MISSING: column ('群' | 'レベル' | '群－レベル'), layout ('template' | 'form') (sheet-level)
 * - REQUIRED_EMPTY: column (header text, e.g. '内容')
 * - NUMBER_INVALID, GROUP_INVALID, LEVEL_INVALID: value (the cell's text)
 * - NUMBER_DUPLICATE: number, firstCell
 * - CELL_ERROR: value ('#REF!'), column (header text or null)
 * - VALUE_NOT_CANONICAL: column, value, canonical (string, or number for 番号)
 * - LEVEL1_SUSPECTED: indicator, column ('情報資産名' | '内容' | '個人情報'), level, suggested
 * - GROUP_SUSPECTED: indicator, column, group, suggested
 * - ASSET_NAME_DUPLICATE: name, group, level, firstSheet, firstCell
 * - TEXT_UNTRIMMED: column, value
 * - ROW_GAP: count, from, to (Excel row numbers of the blank rows)
 * - DEPARTMENT_DUPLICATE: department, layout, group, level, firstFile, firstSheet (sheet-level)
 * - CLASSIFICATION_CONFLICT: name, group, level (this occurrence's), levels ('レベル1・レベル2')
 * - DEPARTMENT_NOT_SUBMITTED: department (file, sheet and cell null)
 * - LEDGER_STALE: updatedOn (ISO or null), since (ISO start of the fiscal year); cell: the 更新日 cell or null;
 *   for a 課's form sheets, judged once together: also layout ('form') and sheets (how many form sheets)
 * - FILE_UNREADABLE: reason (file-level)
 * - LEDGER_NOT_FOUND: file (null: the open workbook), toolSheets (sheets this tool wrote there, never ledgers)
 * - RULE_FAILED: rule (the code of the rule that failed, or 'reader' for the sheet reader), sheet (as in the
 *   location, for the message), detail (the error, shortened); sheet-level, or file-less for a consolidation rule. The engine's own: always an error, not in
 *   a policy pack (an extension of SPEC §3: a rule that fails makes the result incomplete, never silently clean).
 *
 * Every issue code the engine (and the CLI/import, for the file-level ones) can raise. Codes are the contract
 * (SPEC §3): tests, the CLI's JSON and the audit report use them; messages live in src/i18n.
 */
export const ISSUE_CODES = [
  'LEDGER_HEADER_INVALID',
  'COLUMN_MISSING',
  'DEPARTMENT_MISSING',
  'REQUIRED_EMPTY',
  'NUMBER_INVALID',
  'NUMBER_DUPLICATE',
  'GROUP_INVALID',
  'LEVEL_INVALID',
  'CELL_ERROR',
  'VALUE_NOT_CANONICAL',
  'LEVEL1_SUSPECTED',
  'GROUP_SUSPECTED',
  'ASSET_NAME_DUPLICATE',
  'LEDGER_EMPTY',
  'TEXT_UNTRIMMED',
  'ROW_GAP',
  'DEPARTMENT_DUPLICATE',
  'CLASSIFICATION_CONFLICT',
  'DEPARTMENT_NOT_SUBMITTED',
  'LEDGER_STALE',
  'FILE_UNREADABLE',
  'LEDGER_NOT_FOUND',
  'RULE_FAILED',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Codes the engine raises itself, whatever the policy says (always error severity; a pack cannot switch them off). */
export const ENGINE_CODES: readonly IssueCode[] = ['RULE_FAILED'];

const known: ReadonlySet<string> = new Set(ISSUE_CODES);

/** Whether a string is one of the engine's issue codes. */
export function isIssueCode(code: string): code is IssueCode {
  return known.has(code);
}

/** Auto-fix proposals (SPEC §6): shown to the user first, applied only on request. */
import type { CheckResult } from './check';
import { RULES } from './rules';
import type { SheetRule } from './rules';

/** A proposed auto-fix (VALUE_NOT_CANONICAL → canonical value; TEXT_UNTRIMMED → trimmed). */
export interface Fix {
  file: string | null;
  sheet: string;
  cell: string;
  code: string;
  oldText: string;
  newValue: string | number;
}

/** Every fix the result allows, in the result's order; which findings are fixable is the rules' business. */
export function proposeFixes(result: CheckResult): Fix[] {
  const fixers = new Map<string, NonNullable<SheetRule['fix']>>();
  for (const rule of RULES) if (rule.scope === 'sheet' && rule.fix) fixers.set(rule.code, rule.fix);
  const fixes: Fix[] = [];
  for (const issue of result.issues) {
    const { file, sheet, cell } = issue.location;
    const fixer = fixers.get(issue.code);
    const oldText = issue.params['value'];
    if (!fixer || sheet === null || cell === null || typeof oldText !== 'string') continue;
    const newValue = fixer(issue);
    if (newValue !== null) fixes.push({ file, sheet, cell, code: issue.code, oldText, newValue });
  }
  return fixes;
}

/**
 * The sheet's own data validation as Excel's grid applies it to a typed entry (SPEC §1.1: list validation only
 * fires on typed entries): which rule covers a cell, the items of its dropdown, and whether a typed text passes.
 * Excel judges what the user types; a paste or the add-in's writes bypass it, so this lives in the preview's grid,
 * not in the runtime (whose Range.values, like Office.js, never validates).
 */
import { cellText, parseAddress } from './runtime';
import type { SimSheet, SimValidation, SimWorkbook } from './runtime';

/** The validation covering the cell (the runtime keeps areas disjoint: at most one applies). */
export function validationAt(sheet: SimSheet, r: number, c: number): SimValidation | null {
  return sheet.validations.find((v) => r >= v.rect.r0 && r <= v.rect.r1 && c >= v.rect.c0 && c <= v.rect.c1) ?? null;
}

/**
 * The items of a list rule: `A群,B群`, or a reference (`=$H$1:$H$3`, `=Sheet!$A$1:$A$3`) read as displayed.
 * A source the preview cannot resolve (a defined name, a formula) gives no items.
 */
export function listItems(wb: SimWorkbook, sheet: SimSheet, v: SimValidation): string[] {
  const source = v.rule?.list?.source;
  if (source === undefined) return [];
  if (!source.startsWith('=')) return source.split(',').map((s) => s.trim()).filter((s) => s !== '');
  try {
    const { sheet: name, rect } = parseAddress(source.slice(1));
    const target = name === null ? sheet : wb.sheetByName(name);
    if (!target) return [];
    const items: string[] = [];
    for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 999); r++)
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 999); c++) {
        const text = cellText(wb, target, r, c);
        if (text !== '') items.push(text);
      }
    return items;
  } catch {
    return [];
  }
}

/** The dropdown Excel shows beside the selected cell: a list rule with the in-cell dropdown on. */
export function dropdownItems(wb: SimWorkbook, sheet: SimSheet, r: number, c: number): string[] | null {
  const v = validationAt(sheet, r, c);
  if (!v?.rule?.list?.inCellDropDown) return null;
  const items = listItems(wb, sheet, v);
  return items.length > 0 ? items : null;
}

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A rule operand as a number (`1`, `'1'`, `'=1'`); null when it is a reference or formula the preview cannot compute. */
function operand(value: number | string | undefined): number | null {
  if (typeof value === 'number') return value;
  if (value === undefined) return null;
  const text = value.startsWith('=') ? value.slice(1).trim() : value.trim();
  return NUMERIC.test(text) ? Number(text) : null;
}

function compare(n: number, rule: { formula1: number | string; formula2?: number | string; operator: string }): boolean {
  const a = operand(rule.formula1);
  const b = operand(rule.formula2);
  if (a === null) return true; // not computable here: accept, as a formula-based rule cannot be judged without calculation
  switch (rule.operator) {
    case 'Between':
      return b === null || (n >= Math.min(a, b) && n <= Math.max(a, b));
    case 'NotBetween':
      return b === null || n < Math.min(a, b) || n > Math.max(a, b);
    case 'EqualTo':
      return n === a;
    case 'NotEqualTo':
      return n !== a;
    case 'GreaterThan':
      return n > a;
    case 'LessThan':
      return n < a;
    case 'GreaterThanOrEqualTo':
      return n >= a;
    case 'LessThanOrEqualTo':
      return n <= a;
    default:
      return true;
  }
}

/** A typed number as Excel reads it; null for text (including a quote-prefixed `'12`). */
function typedNumber(input: string): number | null {
  const t = input.trim();
  return NUMERIC.test(t) ? Number(t) : null;
}

/**
 * Whether `input`, typed into a cell under `v`, passes the rule as Excel judges it: list items compared without
 * regard to case (Excel's list validation is case-insensitive), whole numbers and decimals by value, text length
 * as LEN counts. An empty entry always passes (Excel does not validate clearing a cell); custom formulas are not
 * evaluated (the preview does not calculate), so they pass.
 */
export function passes(wb: SimWorkbook, sheet: SimSheet, v: SimValidation, input: string): boolean {
  const rule = v.rule;
  if (!rule || input === '') return true;
  if (rule.list) {
    const typed = (input.startsWith("'") ? input.slice(1) : input).toLowerCase();
    return listItems(wb, sheet, v).some((item) => item.toLowerCase() === typed);
  }
  if (rule.wholeNumber) {
    const n = typedNumber(input);
    return n !== null && Number.isInteger(n) && compare(n, rule.wholeNumber);
  }
  if (rule.decimal) {
    const n = typedNumber(input);
    return n !== null && compare(n, rule.decimal);
  }
  if (rule.textLength) {
    const text = input.startsWith("'") ? input.slice(1) : input;
    return compare(text.length, rule.textLength); // LEN counts UTF-16 code units, as here
  }
  return true;
}

/** What Excel does with a failing entry: nothing when the alert is off, else the alert's style. */
export function alertFor(v: SimValidation): 'stop' | 'warning' | 'information' | null {
  if (!v.errorAlert.showAlert) return null;
  const style = v.errorAlert.style.toLowerCase();
  return style === 'warning' ? 'warning' : style === 'information' ? 'information' : 'stop';
}

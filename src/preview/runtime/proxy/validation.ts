/** Range.dataValidation: rule, error alert, prompt; a rule set on part of another's area splits that area. */
import { contains, intersects } from '../address';
import { invalidArgument } from '../errors';
import type { SimSheet, SimValidation, ValidationRule } from '../model';
import { subtract } from '../rangeOps';
import type { SimContext } from './base';
import { SimObject, defineProps } from './base';
import type { RangeEntity } from './range';

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const RULE_TYPES: Record<string, string> = { list: 'List', wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', custom: 'Custom' };

function checkRule(rule: unknown): ValidationRule {
  const where = 'DataValidation.rule';
  if (!rule || typeof rule !== 'object') throw invalidArgument(where);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0]! in RULE_TYPES)) throw invalidArgument(where, 'exactly one rule type');
  const r = rule as Record<string, Record<string, unknown>>;
  if (r.list) {
    const src = r.list.source;
    if (typeof src !== 'string' || src.trim() === '') throw invalidArgument(where, 'list.source');
    return { list: { inCellDropDown: r.list.inCellDropDown !== false, source: src } };
  }
  if (r.custom) {
    if (typeof r.custom.formula !== 'string') throw invalidArgument(where, 'custom.formula');
    return { custom: { formula: r.custom.formula } };
  }
  const key = keys[0] as 'wholeNumber' | 'decimal' | 'textLength';
  const b = r[key]!;
  const isOperand = (v: unknown): v is number | string => typeof v === 'number' || typeof v === 'string';
  if (!isOperand(b.formula1) || typeof b.operator !== 'string' || !OPERATORS.includes(b.operator)) throw invalidArgument(where, key);
  const basic: { formula1: number | string; formula2?: number | string; operator: string } = { formula1: b.formula1, operator: b.operator };
  if (b.operator === 'Between' || b.operator === 'NotBetween') {
    if (!isOperand(b.formula2)) throw invalidArgument(where, 'formula2');
    basic.formula2 = b.formula2;
  }
  return { [key]: basic };
}

function covering(sheet: SimSheet, e: RangeEntity): SimValidation[] {
  return sheet.validations.filter((v) => intersects(v.rect, e.rect));
}

function fresh(e: RangeEntity): SimValidation {
  return {
    rect: { ...e.rect },
    ignoreBlanks: true,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: false, title: '', message: '' },
  };
}

/** The validation applying to exactly this range, created (splitting others) when needed. */
function own(e: RangeEntity): SimValidation {
  const exact = e.sheet.validations.find((v) => v.rect.r0 === e.rect.r0 && v.rect.c0 === e.rect.c0 && v.rect.r1 === e.rect.r1 && v.rect.c1 === e.rect.c1);
  if (exact) return exact;
  const created = fresh(e);
  const old = covering(e.sheet, e);
  if (old.length > 0) Object.assign(created, { errorAlert: { ...old[0]!.errorAlert }, prompt: { ...old[0]!.prompt }, ignoreBlanks: old[0]!.ignoreBlanks });
  e.sheet.validations = e.sheet.validations.flatMap((v) => subtract(v.rect, e.rect).map((rect) => ({ ...v, rect })));
  e.sheet.validations.push(created);
  return created;
}

const DV_SCALARS = ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type'];

export class DataValidationProxy extends SimObject<RangeEntity> {
  constructor(ctx: SimContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver);
  }
  protected get _scalars(): readonly string[] {
    return DV_SCALARS;
  }
  protected _read(e: RangeEntity, prop: string): unknown {
    const vs = covering(e.sheet, e);
    const single = vs.length === 1 && contains(vs[0]!.rect, e.rect) ? vs[0]! : null;
    if (prop === 'type') {
      if (vs.length === 0) return 'None';
      if (!single) return 'Inconsistent';
      const key = single.rule ? Object.keys(single.rule)[0]! : '';
      return RULE_TYPES[key] ?? 'None';
    }
    const v = single ?? fresh(e);
    if (prop === 'rule') return v.rule ? structuredClone(v.rule) : {};
    if (prop === 'errorAlert') return { ...v.errorAlert };
    if (prop === 'prompt') return { ...v.prompt };
    return v.ignoreBlanks;
  }
  protected override _write(e: RangeEntity, prop: string, value: unknown): void {
    const where = `DataValidation.${prop}`;
    if (prop === 'rule') {
      own(e).rule = checkRule(value);
      return;
    }
    if (prop === 'ignoreBlanks') {
      if (typeof value !== 'boolean') throw invalidArgument(where);
      own(e).ignoreBlanks = value;
      return;
    }
    if (!value || typeof value !== 'object') throw invalidArgument(where);
    const v = own(e);
    const patch = value as Record<string, unknown>;
    if (prop === 'errorAlert') {
      if (patch.style !== undefined && !['Stop', 'Warning', 'Information'].includes(String(patch.style))) throw invalidArgument(where, 'style');
      v.errorAlert = { ...v.errorAlert, ...(patch as Partial<SimValidation['errorAlert']>) };
      return;
    }
    if (prop === 'prompt') {
      v.prompt = { ...v.prompt, ...(patch as Partial<SimValidation['prompt']>) };
      return;
    }
    super._write(e, prop, value);
  }

  declare rule: Excel.DataValidationRule;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare prompt: Excel.DataValidationPrompt;
  declare ignoreBlanks: boolean;
  declare readonly type: string;

  clear(): void {
    this._call('clear', [], (e) => {
      e.sheet.validations = e.sheet.validations.flatMap((v) => subtract(v.rect, e.rect).map((rect) => ({ ...v, rect })));
    });
  }
}
defineProps(DataValidationProxy, DV_SCALARS);

// Conditional formats used to live here; other modules import them from this path.
export { ConditionalFormatCollectionProxy, ConditionalFormatProxy } from './conditionalFormats';

/** The parts of a conditional format: custom (rule + format), cellValue/textComparison (rule object), fill, font. */
import { invalidArgument } from '../errors';
import type { SimConditionalFormat } from '../model';
import { SimObject, defineProps } from './base';

/** format.fill / format.font of a conditional format. */
export class CfFillProxy extends SimObject<SimConditionalFormat> {
  protected get _scalars(): readonly string[] {
    return ['color'];
  }
  protected _read(e: SimConditionalFormat): unknown {
    return e.format.fill ?? null;
  }
  protected override _write(e: SimConditionalFormat, _prop: string, value: unknown): void {
    e.format.fill = String(value);
  }
  declare color: string;
  clear(): void {
    this._call('clear', [], (e) => delete e.format.fill);
  }
}
defineProps(CfFillProxy, ['color']);

export class CfFontProxy extends SimObject<SimConditionalFormat> {
  protected get _scalars(): readonly string[] {
    return ['color', 'bold'];
  }
  protected _read(e: SimConditionalFormat, prop: string): unknown {
    return (prop === 'color' ? e.format.fontColor : e.format.bold) ?? null;
  }
  protected override _write(e: SimConditionalFormat, prop: string, value: unknown): void {
    if (prop === 'color') e.format.fontColor = String(value);
    else e.format.bold = value === true;
  }
  declare color: string;
  declare bold: boolean;
}
defineProps(CfFontProxy, ['color', 'bold']);

export class CfFormatProxy extends SimObject<SimConditionalFormat> {
  #fill?: CfFillProxy;
  #font?: CfFontProxy;
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    return prop === 'fill' ? (this.fill as SimObject<unknown>) : prop === 'font' ? (this.font as SimObject<unknown>) : undefined;
  }
  protected _read(): unknown {
    return undefined;
  }
  get fill(): CfFillProxy {
    return (this.#fill ??= new CfFillProxy(this._ctx, () => this._resolve()));
  }
  get font(): CfFontProxy {
    return (this.#font ??= new CfFontProxy(this._ctx, () => this._resolve()));
  }
}

/** cellValue / textComparison parts: a `rule` object (set whole) and a `format`. */
export class CfKindProxy extends SimObject<SimConditionalFormat> {
  #format?: CfFormatProxy;
  protected get _scalars(): readonly string[] {
    return ['rule'];
  }
  protected _read(e: SimConditionalFormat): unknown {
    return { ...e.rule };
  }
  protected override _write(e: SimConditionalFormat, _prop: string, value: unknown): void {
    if (!value || typeof value !== 'object') throw invalidArgument('ConditionalFormat.rule');
    e.rule = { ...(value as SimConditionalFormat['rule']) };
  }
  declare rule: Record<string, unknown>;
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    return prop === 'format' ? (this.format as SimObject<unknown>) : undefined;
  }
  get format(): CfFormatProxy {
    return (this.#format ??= new CfFormatProxy(this._ctx, () => this._resolve()));
  }
}
defineProps(CfKindProxy, ['rule']);

/** custom.rule: a ConditionalFormatRule object with a formula property. */
export class CfRuleProxy extends SimObject<SimConditionalFormat> {
  protected get _scalars(): readonly string[] {
    return ['formula', 'formulaLocal'];
  }
  protected _read(e: SimConditionalFormat): unknown {
    return e.rule.formula ?? '';
  }
  protected override _write(e: SimConditionalFormat, _prop: string, value: unknown): void {
    if (typeof value !== 'string') throw invalidArgument('ConditionalFormatRule.formula');
    e.rule = { ...e.rule, formula: value };
  }
  declare formula: string;
  declare formulaLocal: string;
}
defineProps(CfRuleProxy, ['formula', 'formulaLocal']);

export class CfCustomProxy extends SimObject<SimConditionalFormat> {
  #rule?: CfRuleProxy;
  #format?: CfFormatProxy;
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    return prop === 'rule' ? (this.rule as SimObject<unknown>) : prop === 'format' ? (this.format as SimObject<unknown>) : undefined;
  }
  protected _read(): unknown {
    return undefined;
  }
  get rule(): CfRuleProxy {
    return (this.#rule ??= new CfRuleProxy(this._ctx, () => this._resolve()));
  }
  get format(): CfFormatProxy {
    return (this.#format ??= new CfFormatProxy(this._ctx, () => this._resolve()));
  }
}

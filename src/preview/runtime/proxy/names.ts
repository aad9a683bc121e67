/** Workbook names (NamedItem) and add-in settings. */
import { formatAbsolute, parseAddress, quoteSheetName } from '../address';
import { invalidArgument, itemAlreadyExists, itemNotFound } from '../errors';
import type { SimName, SimWorkbook } from '../model';
import { SimObject, defineProps, jsonBytes } from './base';
import { SimCollection } from './collection';
import { RangeProxy } from './range';

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** The range a name's formula points at, or null when it holds a constant. */
function refOf(wb: SimWorkbook, n: SimName): { sheetName: string; text: string } | null {
  try {
    const { sheet, rect } = parseAddress(n.formula.slice(1));
    if (sheet === null) return null;
    void rect;
    return wb.sheetByName(sheet) ? { sheetName: sheet, text: n.formula.slice(1) } : null;
  } catch {
    return null;
  }
}

function typeOf(wb: SimWorkbook, n: SimName): string {
  const body = n.formula.slice(1);
  if (refOf(wb, n)) return 'Range';
  if (/^"/.test(body)) return 'String';
  if (/^[-+]?\d+(\.\d+)?$/.test(body)) return Number.isInteger(Number(body)) ? 'Integer' : 'Double';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^#/.test(body)) return 'Error';
  return 'Range';
}

const NAME_SCALARS = ['name', 'type', 'value', 'formula', 'visible', 'comment'];

export class NamedItemProxy extends SimObject<SimName> {
  protected get _scalars(): readonly string[] {
    return NAME_SCALARS;
  }
  protected _read(n: SimName, prop: string): unknown {
    const wb = this._ctx.host.wb;
    const body = n.formula.slice(1);
    switch (prop) {
      case 'name':
        return n.name;
      case 'type':
        return typeOf(wb, n);
      case 'formula':
        return n.formula;
      case 'value': {
        const t = typeOf(wb, n);
        if (t === 'String') return body.slice(1, -1).replace(/""/g, '"');
        if (t === 'Integer' || t === 'Double') return Number(body);
        if (t === 'Boolean') return body.toUpperCase() === 'TRUE';
        return body;
      }
      case 'visible':
        return n.visible;
      default:
        return n.comment;
    }
  }
  protected override _write(n: SimName, prop: string, value: unknown): void {
    if (prop === 'formula') {
      if (typeof value !== 'string' || !value.startsWith('=')) throw invalidArgument('NamedItem.formula');
      n.formula = value;
    } else if (prop === 'visible') n.visible = value === true;
    else if (prop === 'comment') n.comment = String(value);
    else super._write(n, prop, value);
  }
  declare readonly name: string;
  declare readonly type: string;
  declare readonly value: unknown;
  declare formula: string;
  declare visible: boolean;
  declare comment: string;

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const wb = this._ctx.host.wb;
      const n = this._tryResolve();
      const ref = n && refOf(wb, n);
      if (!ref) return null;
      const { sheet, rect } = parseAddress(ref.text);
      return { sheet: wb.sheetByName(sheet!)!, rect };
    })._enqueueResolve();
  }
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const wb = this._ctx.host.wb;
      const n = this._resolve();
      const ref = refOf(wb, n);
      if (!ref) throw invalidArgument('NamedItem.getRange', 'not a range');
      const { sheet, rect } = parseAddress(ref.text);
      return { sheet: wb.sheetByName(sheet!)!, rect };
    })._enqueueRequire();
  }
  delete(): void {
    this._call('delete', [], (n) => {
      const wb = this._ctx.host.wb;
      wb.names = wb.names.filter((x) => x !== n);
    });
  }
}
defineProps(NamedItemProxy, ['formula', 'visible', 'comment']);
for (const p of ['name', 'type', 'value']) {
  Object.defineProperty(NamedItemProxy.prototype, p, {
    get(this: { _get(x: string): unknown }) {
      return this._get(p);
    },
  });
}

export class NamedItemCollectionProxy extends SimCollection<SimName, NamedItemProxy> {
  protected _list(owner: object): SimName[] {
    return (owner as SimWorkbook).names;
  }
  protected _make(n: SimName): NamedItemProxy {
    return new NamedItemProxy(this._ctx, () => n);
  }
  #find(name: string): SimName | null {
    return this._ctx.host.wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** `reference` is a Range or a formula ('=Sheet1!$A$1', '="text"', '=42'). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    let created: SimName | null = null;
    this._call('add', [name, typeof reference === 'string' ? reference : '', comment ?? ''], (owner) => {
      const wb = owner as SimWorkbook;
      if (typeof name !== 'string' || !NAME.test(name) || name.length > 255) throw invalidArgument('NamedItemCollection.add', name);
      if (this.#find(name) || wb.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) throw itemAlreadyExists('NamedItemCollection.add');
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const e = reference._resolve();
        formula = `=${quoteSheetName(e.sheet.name)}!${formatAbsolute(e.rect)}`;
      }
      created = { name, formula, comment: comment ?? '', visible: true };
      wb.names.push(created);
    });
    return new NamedItemProxy(this._ctx, () => created);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, () => {
      const n = this.#find(name);
      if (!n) throw itemNotFound(`NamedItemCollection.getItem('${name}')`);
      return n;
    })._enqueueRequire();
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, () => this.#find(name))._enqueueResolve();
  }
}

type SettingEntity = { key: string; value: unknown };

export class SettingProxy extends SimObject<SettingEntity> {
  protected get _scalars(): readonly string[] {
    return ['key', 'value'];
  }
  protected _read(s: SettingEntity, prop: string): unknown {
    return prop === 'key' ? s.key : structuredClone(s.value);
  }
  protected override _write(s: SettingEntity, prop: string, value: unknown): void {
    if (prop !== 'value') super._write(s, prop, value);
    s.value = structuredClone(value);
  }
  declare readonly key: string;
  declare value: unknown;
  delete(): void {
    this._call('delete', [], (s) => this._ctx.host.wb.settings.delete(s.key));
  }
}
defineProps(SettingProxy, ['value']);
Object.defineProperty(SettingProxy.prototype, 'key', {
  get(this: { _get(x: string): unknown }) {
    return this._get('key');
  },
});

/** workbook.settings: JSON values per key, kept with the workbook. */
export class SettingCollectionProxy extends SimCollection<SettingEntity, SettingProxy> {
  protected _list(owner: object): SettingEntity[] {
    return [...(owner as SimWorkbook).settings.values()];
  }
  protected _make(s: SettingEntity): SettingProxy {
    return new SettingProxy(this._ctx, () => s);
  }
  add(key: string, value: unknown): SettingProxy {
    let created: SettingEntity | null = null;
    this._call('add', [key, value], (owner) => {
      if (typeof key !== 'string' || key === '') throw invalidArgument('SettingCollection.add', 'key');
      if (jsonBytes(value) === 0) throw invalidArgument('SettingCollection.add', 'value');
      created = { key, value: structuredClone(value) };
      (owner as SimWorkbook).settings.set(key, created);
    });
    return new SettingProxy(this._ctx, () => created);
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this._ctx, () => {
      const s = this._ctx.host.wb.settings.get(key);
      if (!s) throw itemNotFound(`SettingCollection.getItem('${key}')`);
      return s;
    })._enqueueRequire();
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this._ctx, () => this._ctx.host.wb.settings.get(key) ?? null)._enqueueResolve();
  }
}

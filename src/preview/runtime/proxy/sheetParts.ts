/** Worksheet parts: freeze panes, protection, page layout and custom properties (ExcelApi 1.12). */
import type { Rect } from '../address';
import { MAX_COLS, MAX_ROWS, parseAddress } from '../address';
import { invalidArgument, invalidOperation, itemNotFound } from '../errors';
import type { PageZoom, SimSheet } from '../model';
import { SimObject, defineProps, requireSet } from './base';
import { SimCollection } from './collection';
import { RangeProxy } from './range';

function rectOf(sheet: SimSheet, target: RangeProxy | string, where: string): Rect {
  if (typeof target === 'string') {
    const { sheet: name, rect } = parseAddress(target);
    if (name !== null && name.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(where);
    return rect;
  }
  const e = target._resolve();
  if (e.sheet !== sheet) throw invalidArgument(where);
  return e.rect;
}

export class FreezePanesProxy extends SimObject<SimSheet> {
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (s) => (s.freeze = { rows: 0, cols: count }));
  }
  /** Freezes the rows above and the columns left of the range's bottom-right corner + 1. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this._call('freezeAt', [typeof frozenRange === 'string' ? frozenRange : ''], (s) => {
      const r = rectOf(s, frozenRange, 'FreezePanes.freezeAt');
      s.freeze = { rows: r.r1 + 1, cols: r.c1 + 1 };
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const s = this._resolve();
      const { rows, cols } = s.freeze;
      if (rows === 0 && cols === 0) return null;
      const rect = { r0: 0, c0: 0, r1: rows > 0 ? rows - 1 : MAX_ROWS - 1, c1: cols > 0 ? cols - 1 : MAX_COLS - 1 };
      return { sheet: s, rect };
    })._enqueueResolve();
  }
}

export class WorksheetProtectionProxy extends SimObject<SimSheet> {
  protected get _scalars(): readonly string[] {
    return ['protected', 'options'];
  }
  protected _read(s: SimSheet, prop: string): unknown {
    return prop === 'protected' ? s.protection.protected : { ...(s.protection.options ?? {}) };
  }
  declare readonly protected: boolean;
  declare readonly options: Record<string, unknown>;

  protect(options?: Record<string, unknown>, password?: string): void {
    this._call('protect', [options ?? null, password === undefined ? null : '***'], (s) => {
      if (s.protection.protected) throw invalidOperation('WorksheetProtection.protect', 'already protected');
      s.protection = { protected: true, password: password ?? '', options: { ...(options ?? {}) } };
    });
  }
  unprotect(password?: string): void {
    this._call('unprotect', [password === undefined ? null : '***'], (s) => {
      if (s.protection.protected && s.protection.password !== '' && s.protection.password !== password)
        throw invalidArgument('WorksheetProtection.unprotect', 'password');
      s.protection = { protected: false, password: '' };
    });
  }
}
Object.defineProperty(WorksheetProtectionProxy.prototype, 'protected', {
  get(this: { _get(p: string): unknown }) {
    return this._get('protected');
  },
});
Object.defineProperty(WorksheetProtectionProxy.prototype, 'options', {
  get(this: { _get(p: string): unknown }) {
    return this._get('options');
  },
});

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5'];

/**
 * PageLayout.zoom, as Office.js documents it (PageLayoutZoomOptions): pages wide and tall, or a scale of 10–400 %;
 * set as a whole object. A page count must be a whole number ≥ 0 (0 = automatic, as the file format's fitToHeight).
 */
function checkZoom(value: unknown): PageZoom {
  if (typeof value !== 'object' || value === null) throw invalidArgument('PageLayout.zoom');
  const z = value as Record<string, unknown>;
  const out: PageZoom = {};
  for (const key of ['horizontalFitToPages', 'verticalFitToPages'] as const) {
    const v = z[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalidArgument(`PageLayout.zoom.${key}`);
    out[key] = v;
  }
  if (z['scale'] !== undefined && z['scale'] !== null) {
    const v = z['scale'];
    if (typeof v !== 'number' || v < 10 || v > 400) throw invalidArgument('PageLayout.zoom.scale');
    out.scale = v;
  }
  if (Object.keys(out).length === 0) throw invalidArgument('PageLayout.zoom');
  return out;
}

export class PageLayoutProxy extends SimObject<SimSheet> {
  protected get _scalars(): readonly string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }
  protected _read(s: SimSheet, prop: string): unknown {
    if (prop === 'zoom') return { ...s.pageLayout.zoom };
    return prop === 'orientation' ? s.pageLayout.orientation : s.pageLayout.paperSize;
  }
  protected override _write(s: SimSheet, prop: string, value: unknown): void {
    if (prop === 'zoom') {
      s.pageLayout.zoom = checkZoom(value);
    } else if (prop === 'orientation') {
      if (!ORIENTATIONS.includes(String(value))) throw invalidArgument('PageLayout.orientation');
      s.pageLayout.orientation = value as 'Portrait' | 'Landscape';
    } else {
      if (!PAPER.includes(String(value))) throw invalidArgument('PageLayout.paperSize');
      s.pageLayout.paperSize = String(value);
    }
  }
  declare orientation: string;
  declare paperSize: string;
  declare zoom: PageZoom;

  /** Rows repeated at the top of each printed page, e.g. '$5:$5' or a Range. */
  setPrintTitleRows(titleRows: RangeProxy | string): void {
    this._call('setPrintTitleRows', [typeof titleRows === 'string' ? titleRows : ''], (s) => {
      const r = rectOf(s, titleRows, 'PageLayout.setPrintTitleRows');
      s.pageLayout.printTitleRows = { r0: r.r0, c0: 0, r1: r.r1, c1: MAX_COLS - 1 };
    });
  }
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const s = this._resolve();
      return s.pageLayout.printTitleRows ? { sheet: s, rect: s.pageLayout.printTitleRows } : null;
    })._enqueueResolve();
  }
}
defineProps(PageLayoutProxy, ['orientation', 'paperSize', 'zoom']);

interface PropEntity {
  sheet: SimSheet;
  lower: string;
}

export class CustomPropertyProxy extends SimObject<PropEntity> {
  protected get _scalars(): readonly string[] {
    return ['key', 'value'];
  }
  protected _read(e: PropEntity, prop: string): unknown {
    const p = e.sheet.customProps.get(e.lower);
    if (!p) throw itemNotFound('WorksheetCustomProperty');
    return prop === 'key' ? p.key : p.value;
  }
  protected override _write(e: PropEntity, prop: string, value: unknown): void {
    const p = e.sheet.customProps.get(e.lower);
    if (!p) throw itemNotFound('WorksheetCustomProperty');
    if (prop !== 'value') super._write(e, prop, value);
    p.value = String(value);
  }
  declare value: string;
  declare readonly key: string;
  delete(): void {
    this._call('delete', [], (e) => e.sheet.customProps.delete(e.lower));
  }
}
defineProps(CustomPropertyProxy, ['value']);
Object.defineProperty(CustomPropertyProxy.prototype, 'key', {
  get(this: { _get(p: string): unknown }) {
    return this._get('key');
  },
});

/** Keys are case-insensitive and at most 255 characters; add() overwrites an existing key. */
export class CustomPropertyCollectionProxy extends SimCollection<PropEntity, CustomPropertyProxy> {
  protected _list(owner: object): PropEntity[] {
    requireSet(this._ctx.host, 'ExcelApi', '1.12', 'Worksheet.customProperties');
    const sheet = owner as SimSheet;
    return [...sheet.customProps.keys()].map((lower) => ({ sheet, lower }));
  }
  protected _make(e: PropEntity): CustomPropertyProxy {
    return new CustomPropertyProxy(this._ctx, () => e);
  }
  add(key: string, value: string): CustomPropertyProxy {
    this._call('add', [key, value], (owner) => {
      requireSet(this._ctx.host, 'ExcelApi', '1.12', 'WorksheetCustomPropertyCollection.add');
      if (typeof key !== 'string' || key === '' || key.length > 255) throw invalidArgument('WorksheetCustomPropertyCollection.add', 'key');
      (owner as SimSheet).customProps.set(key.toLowerCase(), { key, value: String(value) });
    });
    return new CustomPropertyProxy(this._ctx, () => ({ sheet: this._resolve() as SimSheet, lower: key.toLowerCase() }));
  }
  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this._ctx, () => {
      requireSet(this._ctx.host, 'ExcelApi', '1.12', 'WorksheetCustomPropertyCollection.getItem');
      const sheet = this._resolve() as SimSheet;
      if (!sheet.customProps.has(key.toLowerCase())) throw itemNotFound(`WorksheetCustomPropertyCollection.getItem('${key}')`);
      return { sheet, lower: key.toLowerCase() };
    })._enqueueRequire();
  }
  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this._ctx, () => {
      requireSet(this._ctx.host, 'ExcelApi', '1.12', 'WorksheetCustomPropertyCollection.getItemOrNullObject');
      const sheet = this._tryResolve() as SimSheet | null;
      return sheet?.customProps.has(key.toLowerCase()) ? { sheet, lower: key.toLowerCase() } : null;
    })._enqueueResolve();
  }
}

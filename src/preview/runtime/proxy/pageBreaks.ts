/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): a break sits above the first row of the range given to add(). */
import { invalidArgument } from '../errors';
import type { SimSheet } from '../model';
import { SimObject, defineProps, requireSet } from './base';
import { SimCollection } from './collection';
import { RangeProxy } from './range';
import { WorksheetProxy } from './worksheet';

interface BreakEntity {
  sheet: SimSheet;
  row: number;
}

export class PageBreakProxy extends SimObject<BreakEntity> {
  protected get _scalars(): readonly string[] {
    return ['rowIndex', 'columnIndex'];
  }
  protected _read(e: BreakEntity, prop: string): unknown {
    return prop === 'rowIndex' ? e.row : 0;
  }
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  delete(): void {
    this._call('delete', [], (e) => {
      e.sheet.rowBreaks = e.sheet.rowBreaks.filter((r) => r !== e.row);
    });
  }
  getCellAfterBreak(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const e = this._resolve();
      return { sheet: e.sheet, rect: { r0: e.row, c0: 0, r1: e.row, c1: 0 } };
    })._enqueueRequire();
  }
}
defineProps(PageBreakProxy, ['rowIndex', 'columnIndex']);

export class PageBreakCollectionProxy extends SimCollection<BreakEntity, PageBreakProxy> {
  protected _list(owner: object): BreakEntity[] {
    requireSet(this._ctx.host, 'ExcelApi', '1.9', 'Worksheet.horizontalPageBreaks');
    const sheet = owner as SimSheet;
    return sheet.rowBreaks.map((row) => ({ sheet, row }));
  }
  protected _make(e: BreakEntity): PageBreakProxy {
    return new PageBreakProxy(this._ctx, () => e);
  }
  add(pageBreakRange: RangeProxy | string): PageBreakProxy {
    let created: BreakEntity | null = null;
    this._call('add', [typeof pageBreakRange === 'string' ? pageBreakRange : ''], (owner) => {
      requireSet(this._ctx.host, 'ExcelApi', '1.9', 'PageBreakCollection.add');
      const sheet = owner as SimSheet;
      const rect = typeof pageBreakRange === 'string' ? WorksheetProxy.rectFor(sheet, pageBreakRange) : pageBreakRange._resolve().rect;
      if (rect.r0 === 0) throw invalidArgument('PageBreakCollection.add', 'no break above the first row');
      if (!sheet.rowBreaks.includes(rect.r0)) sheet.rowBreaks = [...sheet.rowBreaks, rect.r0].sort((a, b) => a - b);
      created = { sheet, row: rect.r0 };
    });
    return new PageBreakProxy(this._ctx, () => created);
  }
  removePageBreaks(): void {
    this._call('removePageBreaks', [], (owner) => {
      (owner as SimSheet).rowBreaks = [];
    });
  }
}

/** Excel.WorksheetCollection: getItem / getItemOrNullObject by name or id, add, active/first/last, count, onChanged. */
import { itemNotFound } from '../errors';
import type { SimSheet, SimWorkbook } from '../model';
import { ClientResult, jsonBytes, requireSet } from './base';
import { SimCollection } from './collection';
import { SimEventHandlers } from './events';
import { WorksheetProxy, checkSheetName } from './worksheet';

export class WorksheetCollectionProxy extends SimCollection<SimSheet, WorksheetProxy> {
  #onChanged?: SimEventHandlers;
  #onAdded?: SimEventHandlers;

  protected _list(owner: object): SimSheet[] {
    return (owner as SimWorkbook).sheets;
  }
  protected _make(s: SimSheet): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => s);
  }

  #find(key: string): SimSheet | null {
    const wb = this._ctx.host.wb;
    return wb.sheetByName(key) ?? wb.sheetById(key) ?? null;
  }

  /** By name or id; ItemNotFound at sync when missing. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => {
      const s = this.#find(key);
      if (!s) throw itemNotFound(`WorksheetCollection.getItem('${key}')`);
      return s;
    })._enqueueRequire(jsonBytes([key]) + 7);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => this.#find(key))._enqueueResolve(jsonBytes([key]) + 19);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => this._ctx.host.wb.activeSheet)._enqueueRequire();
  }
  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => this._ctx.host.wb.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null)._enqueueRequire();
  }
  getLast(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => [...this._ctx.host.wb.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null)._enqueueRequire();
  }
  override getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    const result = new ClientResult<number>();
    this._call('getCount', [visibleOnly], (wb) => (wb as SimWorkbook).sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length, result);
    return result;
  }

  /** Adds a sheet at the end (Excel's default name when none is given). */
  add(name?: string): WorksheetProxy {
    let created: SimSheet | null = null;
    this._call('add', [name], (owner) => {
      const wb = owner as SimWorkbook;
      created = wb.addSheet(name === undefined ? undefined : checkSheetName(wb, name));
      wb.noteAdded(created);
    });
    return new WorksheetProxy(this._ctx, () => created);
  }

  /**
   * Changes on any sheet: ExcelApi 1.9 ("[Api set: ExcelApi 1.9]",
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member);
   * below that, registering fails with ApiNotFound at sync (Worksheet.onChanged, 1.7, is the way there).
   */
  get onChanged(): SimEventHandlers {
    const events = this._ctx.host.events;
    const host = this._ctx.host;
    return (this.#onChanged ??= new SimEventHandlers(this._ctx, () => events.setFor(null), () => requireSet(host, 'ExcelApi', '1.9', 'WorksheetCollection.onChanged')));
  }

  /** A sheet added to the workbook (ExcelApi 1.7). */
  get onAdded(): SimEventHandlers {
    const events = this._ctx.host.events;
    const host = this._ctx.host;
    return (this.#onAdded ??= new SimEventHandlers(this._ctx, () => events.added, () => requireSet(host, 'ExcelApi', '1.7', 'WorksheetCollection.onAdded')));
  }
}

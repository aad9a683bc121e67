/** Excel.Workbook: sheets, names, settings, tables, selection, and insertWorksheetsFromBase64 (ExcelApi 1.13). */
import { generalException, invalidArgument } from '../errors';
import type { SimSheet, SimWorkbook } from '../model';
import type { SimContext } from './base';
import { ClientResult, SimObject, defineProps, requireSet } from './base';
import { NamedItemCollectionProxy, SettingCollectionProxy } from './names';
import type { RangeProxy } from './range';
import { RangeProxy as Range } from './range';
import { TableCollectionProxy } from './tables';
import { WorksheetCollectionProxy } from './worksheets';
import type { WorksheetProxy } from './worksheet';

class ApplicationProxy extends SimObject<SimWorkbook> {
  protected get _scalars(): readonly string[] {
    return ['calculationMode'];
  }
  protected _read(): unknown {
    return 'Automatic';
  }
  declare readonly calculationMode: string;
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
  calculate(_type?: string): void {
    this._call('calculate', [], () => undefined);
  }
}
Object.defineProperty(ApplicationProxy.prototype, 'calculationMode', {
  get(this: { _get(p: string): unknown }) {
    return this._get('calculationMode');
  },
});

/** Excel.Runtime (ExcelApi 1.5): `enableEvents` (1.8) switches this add-in's events off and on. */
class RuntimeProxy extends SimObject<SimWorkbook> {
  protected get _scalars(): readonly string[] {
    return ['enableEvents'];
  }
  protected _read(wb: SimWorkbook): unknown {
    requireSet(this._ctx.host, 'ExcelApi', '1.8', 'Runtime.enableEvents');
    return wb.eventsEnabled;
  }
  protected override _write(wb: SimWorkbook, prop: string, value: unknown): void {
    requireSet(this._ctx.host, 'ExcelApi', '1.8', 'Runtime.enableEvents');
    if (prop !== 'enableEvents' || typeof value !== 'boolean') throw invalidArgument(`Runtime.${prop}`);
    wb.eventsEnabled = value;
  }
  declare enableEvents: boolean;
}
defineProps(RuntimeProxy, ['enableEvents']);

export interface InsertOptions {
  sheetNamesToInsert?: string[];
  positionType?: 'None' | 'Before' | 'After' | 'Beginning' | 'End';
  relativeTo?: WorksheetProxy | string;
}

/** A name not yet used in the workbook: 'Name', else 'Name (2)', 'Name (3)'… cut to 31 characters. */
function freeName(wb: SimWorkbook, name: string): string {
  if (!wb.sheetByName(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!wb.sheetByName(candidate)) return candidate;
  }
}

export class WorkbookProxy extends SimObject<SimWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  readonly runtime: RuntimeProxy;

  constructor(ctx: SimContext) {
    super(ctx, () => ctx.host.wb);
    const owner = (): SimWorkbook => ctx.host.wb;
    this.worksheets = new WorksheetCollectionProxy(ctx, owner);
    this.names = new NamedItemCollectionProxy(ctx, owner);
    this.settings = new SettingCollectionProxy(ctx, owner);
    this.tables = new TableCollectionProxy(ctx, owner);
    this.application = new ApplicationProxy(ctx, owner);
    this.runtime = new RuntimeProxy(ctx, owner);
    // The context's own roots serve every batch of the context (Excel.run(context, …) included).
    for (const root of [this, this.worksheets, this.names, this.settings, this.tables, this.application, this.runtime]) root._track(true);
  }
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected override _navigation(prop: string): SimObject<unknown> | undefined {
    const nav: Record<string, unknown> = { worksheets: this.worksheets, names: this.names, settings: this.settings, tables: this.tables };
    return nav[prop] as SimObject<unknown> | undefined;
  }

  /** The selection (A1 of the active sheet until something is selected). */
  getSelectedRange(): RangeProxy {
    return new Range(this._ctx, () => {
      const wb = this._ctx.host.wb;
      if (wb.selection && !wb.selection.sheet.deleted) return { ...wb.selection };
      const sheet = wb.activeSheet ?? wb.sheets[0];
      if (!sheet) return null;
      return { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    })._enqueueRequire();
  }
  getActiveCell(): RangeProxy {
    return new Range(this._ctx, () => {
      const sel = this._ctx.host.wb.selection;
      const sheet = sel?.sheet ?? this._ctx.host.wb.activeSheet;
      if (!sheet) return null;
      return { sheet, rect: sel ? { r0: sel.rect.r0, c0: sel.rect.c0, r1: sel.rect.r0, c1: sel.rect.c0 } : { r0: 0, c0: 0, r1: 0, c1: 0 } };
    })._enqueueRequire();
  }

  /**
   * Copies sheets of an .xlsx file (base64) into this workbook. The parse is asynchronous here, so it completes
   * during the sync that carries the call. Clashing names get ' (2)'. Returns the new sheets' ids.
   */
  insertWorksheetsFromBase64(base64File: string, options?: InsertOptions): OfficeExtension.ClientResult<string[]> {
    const result = new ClientResult<string[]>();
    this._ctx.enqueue({
      req: base64File.length + JSON.stringify({ ...options, relativeTo: undefined }).length,
      run: async () => {
        requireSet(this._ctx.host, 'ExcelApi', '1.13', 'Workbook.insertWorksheetsFromBase64');
        const wb = this._ctx.host.wb;
        let bytes: Uint8Array;
        try {
          const bin = atob(base64File);
          bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        } catch {
          throw invalidArgument('Workbook.insertWorksheetsFromBase64', 'not base64');
        }
        const { loadXlsx } = await import('../xlsx');
        let source: SimWorkbook;
        try {
          source = await loadXlsx(bytes);
        } catch {
          throw invalidArgument('Workbook.insertWorksheetsFromBase64', 'not an xlsx file');
        }
        const wanted = options?.sheetNamesToInsert;
        const picked = source.sheets.filter((s) => !wanted || wanted.length === 0 || wanted.some((n) => n.toLowerCase() === s.name.toLowerCase()));
        if (wanted && wanted.length > 0 && picked.length !== wanted.length) throw invalidArgument('Workbook.insertWorksheetsFromBase64', 'sheetNamesToInsert');
        for (const s of picked) s.name = freeName(wb, s.name);
        const position = options?.positionType ?? 'Beginning';
        let at = position === 'End' || position === 'None' ? wb.sheets.length : 0;
        if (position === 'Before' || position === 'After') {
          const rel = options?.relativeTo;
          const relSheet: SimSheet | undefined = typeof rel === 'string' ? wb.sheetByName(rel) : rel?._resolve();
          if (!relSheet) throw invalidArgument('Workbook.insertWorksheetsFromBase64', 'relativeTo');
          at = wb.sheets.indexOf(relSheet) + (position === 'After' ? 1 : 0);
        }
        wb.sheets.splice(at, 0, ...picked);
        for (const p of picked) wb.noteAdded(p);
        for (const t of source.tables.filter((x) => picked.includes(x.sheet))) {
          let name = t.name;
          for (let i = 2; wb.tables.some((x) => x.name.toLowerCase() === name.toLowerCase()); i++) name = `${t.name}_${i}`;
          wb.tables.push({ ...t, name });
        }
        if (this._ctx.host.faults.delete('insertWorksheetsFromBase64')) throw generalException('Workbook.insertWorksheetsFromBase64', 'the sheets were inserted, the request still failed');
        // "An array of IDs corresponding to each newly inserted worksheet" — in no stated order: here, the reverse
        // of the insertion, so nothing may rely on their position.
        const ids = picked.map((s) => s.id).reverse();
        return { bytes: JSON.stringify(ids).length, commits: [() => result._resolve(ids)] };
      },
    });
    return result;
  }
}


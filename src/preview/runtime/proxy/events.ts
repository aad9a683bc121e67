/** Worksheet change events: handlers registered through EventHandlers.add, fired after a sync changed cells. */
import type { SimContext } from './base';
import { jsonBytes } from './base';

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | unknown;
export type AddedHandler = (args: Excel.WorksheetAddedEventArgs) => Promise<unknown> | unknown;

/** Handlers live in the runtime (not in a context): events reach the task pane long after its Excel.run ended. */
export class EventRegistry {
  readonly bySheet = new Map<string, Set<ChangedHandler>>();
  readonly workbook = new Set<ChangedHandler>();
  /** WorksheetCollection.onAdded handlers (ExcelApi 1.7). */
  readonly added = new Set<ChangedHandler>();

  setFor(sheetId: string | null): Set<ChangedHandler> {
    if (sheetId === null) return this.workbook;
    let set = this.bySheet.get(sheetId);
    if (!set) {
      set = new Set();
      this.bySheet.set(sheetId, set);
    }
    return set;
  }

  /** Calls every handler for a change, asynchronously as Office does. */
  fire(args: Excel.WorksheetChangedEventArgs): void {
    this.#call([...(this.bySheet.get(args.worksheetId) ?? []), ...this.workbook], args);
  }

  fireAdded(args: Excel.WorksheetAddedEventArgs): void {
    this.#call([...this.added], args as unknown as Excel.WorksheetChangedEventArgs);
  }

  #call(handlers: ChangedHandler[], args: Excel.WorksheetChangedEventArgs): void {
    for (const h of handlers) {
      setTimeout(() => {
        void Promise.resolve()
          .then(() => h(args))
          .catch(() => undefined);
      }, 0);
    }
  }
}

/** OfficeExtension.EventHandlers: add/remove are queued and take effect at sync. */
export class SimEventHandlers {
  readonly #ctx: SimContext;
  readonly #target: () => Set<ChangedHandler>;

  /** `check` runs at sync before registering (e.g. ApiNotFound below the event's requirement set). */
  constructor(ctx: SimContext, target: () => Set<ChangedHandler>, check?: () => void) {
    this.#ctx = ctx;
    this.#target = target;
    this.#check = check;
  }
  readonly #check: (() => void) | undefined;

  add(handler: ChangedHandler): { context: SimContext; remove(): void } {
    // The registration remembers where it went: EventHandlerResult.remove() needs no object of the earlier batch.
    let registered: Set<ChangedHandler> | null = null;
    this.#ctx.enqueue({
      req: jsonBytes('add'),
      run: () => {
        this.#check?.();
        registered = this.#target();
        registered.add(handler);
      },
    });
    return {
      context: this.#ctx,
      remove: (): void => {
        this.#ctx.enqueue({ req: jsonBytes('remove'), run: () => void (registered ?? this.#target()).delete(handler) });
      },
    };
  }

  remove(handler: ChangedHandler): void {
    this.#ctx.enqueue({ req: jsonBytes('remove'), run: () => void this.#target().delete(handler) });
  }
}

/** Worksheet change events: handlers registered through EventHandlers.add, fired after a sync changed cells. */
import type { SimContext } from './base';
import { jsonBytes } from './base';

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | unknown;

/** Handlers live in the runtime (not in a context): events reach the task pane long after its Excel.run ended. */
export class EventRegistry {
  readonly bySheet = new Map<string, Set<ChangedHandler>>();
  readonly workbook = new Set<ChangedHandler>();

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
    const handlers = [...(this.bySheet.get(args.worksheetId) ?? []), ...this.workbook];
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

  constructor(ctx: SimContext, target: () => Set<ChangedHandler>) {
    this.#ctx = ctx;
    this.#target = target;
  }

  add(handler: ChangedHandler): { context: SimContext; remove(): void } {
    this.#ctx.enqueue({ req: jsonBytes('add'), run: () => void this.#target().add(handler) });
    return {
      context: this.#ctx,
      remove: (): void => this.remove(handler),
    };
  }

  remove(handler: ChangedHandler): void {
    this.#ctx.enqueue({ req: jsonBytes('remove'), run: () => void this.#target().delete(handler) });
  }
}

/** Excel.RequestContext: the instruction queue, sync() with its size limits and failure semantics, ClientResult. */
import type { SimWorkbook } from '../model';
import type { EventRegistry } from './events';
import { SimOfficeError, cellEditMode, invalidObjectPath, requestTooLarge, responseTooLarge, valueNotLoaded } from '../errors';

/** Excel on the web rejects a request or a response larger than 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one operation (a method call, a property set, a load) costs in the request besides its arguments: Office's
 * wire format carries an action and an object path per operation. Microsoft's payload guidance counts "the number
 * of API calls" and "the number of objects" besides the values, and says 10,000 single-cell writes "would likely
 * exceed the 5MB payload size limit" while the same in two halves passes
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * That sample is 19,999 operations (a getRangeByIndexes and a values set per row): at 300 bytes each it comes to
 * about 6.4 MB, and each half to about 3.2 MB — both sides of the documented outcome.
 */
export const OPERATION_BYTES = 300;

/** What a queued instruction hands back: response bytes and the updates to make visible once the sync succeeds. */
export interface Gathered {
  bytes: number;
  commits: (() => void)[];
}

export interface Op {
  /** Size of the instruction's arguments as JSON (what travels in the request). */
  req: number;
  run(): Gathered | void | Promise<Gathered | void>;
  trace?: string;
}

/** The runtime state a context talks to. */
export interface Host {
  wb: SimWorkbook;
  events: EventRegistry;
  /** Requirement sets the simulated Excel supports, e.g. { ExcelApi: '1.13' }. */
  requirementSets: Record<string, string>;
  cellEditMode: boolean;
  /** Methods whose next call applies and then fails its sync (see ExcelRuntime.rejectAfterApplying). */
  faults: Set<string>;
  /** Resolves when the user leaves cell-edit mode (for Excel.run({ delayForCellEdit: true })). */
  cellEditEnded(): Promise<void>;
  recordSync(bytes: number, operations: number): void;
  afterSync(): void;
}

const encoder = new TextEncoder();
/**
 * Size of a value as it travels: UTF-8 bytes of its JSON form. Excel on the web's 5 MB limit is on bytes,
 * and Japanese text is 3 bytes a character, so counting characters would under-report by up to 3×.
 */
export const jsonBytes = (v: unknown): number => {
  if (v === undefined) return 0;
  const json = JSON.stringify(v);
  return json === undefined ? 0 : encoder.encode(json).byteLength;
};

/** A value a method returns; readable after the sync that carried the call. */
export class ClientResult<T> {
  #value: T | undefined;
  #set = false;
  get value(): T {
    if (!this.#set) throw valueNotLoaded();
    return this.#value as T;
  }
  /** @internal */
  _resolve(v: T): void {
    this.#value = v;
    this.#set = true;
  }
}

/** Excel.RequestContext: a queue of instructions sent at sync(). */
export class SimContext {
  /** Set right after construction (see createContext) to keep proxy modules free of import cycles. */
  workbook!: unknown;
  application!: unknown;
  runtime!: unknown;
  /** context.trackedObjects: a tracked proxy stays usable in later batches of this context (Excel.run(context, …)). */
  readonly trackedObjects = {
    add: (objects: unknown): void => track(objects, true),
    remove: (objects: unknown): void => track(objects, false),
  };
  readonly requestHeaders: Record<string, string> = {};
  readonly debugInfo = {};
  /** @internal */ queue: Op[] = [];
  /** @internal */ readonly host: Host;
  /** @internal Set by Excel.run({ delayForCellEdit: true }): wait out cell-edit mode instead of failing. */
  delayForCellEdit = false;
  /**
   * @internal Lifetime of the proxies: `generation` counts the Excel.run batches this context served (a continued
   * run, Excel.run(context, …), starts a new one); `released` is true between batches. A proxy belongs to the
   * generation it was made in and fails with InvalidObjectPath outside it unless it was tracked.
   */
  generation = 0;
  released = false;

  constructor(host: Host) {
    this.host = host;
  }

  /** @internal Queues an instruction; on a context whose Excel.run batch has ended, InvalidObjectPath. */
  enqueue(op: Op): void {
    if (this.released) throw invalidObjectPath('RequestContext', 'a proxy used after the Excel.run batch that made it ended');
    this.queue.push(op);
  }

  load<T extends { load(spec?: unknown): unknown }>(object: T, option?: unknown): T {
    object.load(option);
    return object;
  }

  trace(message: string): void {
    this.enqueue({ req: jsonBytes(message), run: () => undefined, trace: message });
  }

  /**
   * Runs the queued instructions in order. The request size is checked first (an oversized batch applies
   * nothing); an instruction that fails stops the batch, keeping what ran before it (Excel does not roll back);
   * loaded values become visible only when the whole sync succeeded.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.released) throw invalidObjectPath('RequestContext.sync', 'the Excel.run batch of this context has ended');
    const ops = this.queue;
    this.queue = [];
    const host = this.host;
    if (ops.length > 0 && host.cellEditMode) {
      if (!this.delayForCellEdit) {
        host.recordSync(0, ops.length);
        throw cellEditMode();
      }
      while (host.cellEditMode) await host.cellEditEnded();
    }
    let req = ops.length * OPERATION_BYTES;
    for (const op of ops) req += op.req;
    if (req > PAYLOAD_LIMIT) {
      host.recordSync(req, ops.length);
      throw requestTooLarge(req);
    }
    let resp = 0;
    const commits: (() => void)[] = [];
    const traces: string[] = [];
    let failure: unknown = null;
    try {
      for (const op of ops) {
        if (op.trace !== undefined) traces.push(op.trace);
        let g = op.run();
        if (g instanceof Promise) g = await g;
        if (g) {
          resp += g.bytes;
          for (const c of g.commits) commits.push(c);
        }
      }
    } catch (e) {
      failure = e;
    }
    host.recordSync(req + resp, ops.length);
    host.afterSync();
    if (failure) {
      if (failure instanceof SimOfficeError) failure.traceMessages = traces;
      throw failure;
    }
    if (resp > PAYLOAD_LIMIT) throw responseTooLarge(resp);
    for (const c of commits) c();
    return passThroughValue as T;
  }
}

function track(objects: unknown, on: boolean): void {
  for (const o of Array.isArray(objects) ? objects : [objects]) {
    if (typeof o === 'object' && o !== null && '_track' in o) (o as { _track(on: boolean): void })._track(on);
  }
}

export function atLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** ApiNotFound (at sync) when the simulated Excel is configured below the requirement set an API needs. */
export function requireSet(host: Host, name: string, version: string, api: string): void {
  const have = host.requirementSets[name];
  if (have === undefined || !atLeast(have, version))
    throw new SimOfficeError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} needs ${name} ${version})`);
}

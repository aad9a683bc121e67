/**
 * Base of the Office.js proxies: scalar properties that must be loaded before they are read, writes and calls
 * queued on the context, loading through navigation properties. The context itself lives in ./context.
 */
import { invalidArgument, invalidObjectPath, itemNotFound, propertyNotLoaded } from '../errors';
import type { ClientResult, Gathered, SimContext } from './context';
import type { LoadTree } from './load';
import { jsonBytes } from './context';
import { parseLoad } from './load';

export { ClientResult, OPERATION_BYTES, PAYLOAD_LIMIT, SimContext, atLeast, jsonBytes, requireSet } from './context';
export type { Gathered, Host, Op } from './context';
export { parseLoad } from './load';
export type { LoadTree } from './load';

/**
 * Base of every proxy: E is the model entity it stands for, found by `resolver` when the batch runs
 * (and then remembered, as Excel keeps a reference to the object).
 */
export abstract class SimObject<E> {
  /** @internal */ readonly _ctx: SimContext;
  #entity: E | null | undefined;
  readonly #resolver: () => E | null;
  readonly #values = new Map<string, unknown>();
  #nullKnown = false;
  /** The Excel.run batch (context generation) this proxy was made in; see SimContext.generation. */
  readonly #generation: number;
  #tracked = false;

  constructor(ctx: SimContext, resolver: () => E | null) {
    this._ctx = ctx;
    this.#resolver = resolver;
    this.#generation = ctx.generation;
  }

  /** @internal context.trackedObjects.add/remove. */
  _track(on: boolean): void {
    this.#tracked = on;
  }

  /** InvalidObjectPath at sync for a proxy of an earlier batch of this context that was not tracked. */
  #checkAlive(): void {
    if (!this.#tracked && this.#generation !== this._ctx.generation) throw invalidObjectPath(this.constructor.name, 'made in another Excel.run batch');
  }

  /** Scalar properties this object can load. */
  protected abstract get _scalars(): readonly string[];
  /** Reads a scalar from the model. */
  protected abstract _read(e: E, prop: string): unknown;
  /** Writes a scalar to the model (at sync). */
  protected _write(_e: E, prop: string, _value: unknown): void {
    throw invalidArgument(prop, 'read-only property');
  }
  /** Navigation properties that a load path may go through. */
  protected _navigation(_prop: string): SimObject<unknown> | undefined {
    return undefined;
  }

  get context(): Excel.RequestContext {
    return this._ctx as unknown as Excel.RequestContext;
  }

  /** True when a *OrNullObject call found nothing; readable after sync. */
  get isNullObject(): boolean {
    if (!this.#nullKnown && this.#entity === undefined) throw propertyNotLoaded('isNullObject');
    return this.#entity === null;
  }

  /** @internal The entity, resolving it now if needed; ItemNotFound for a null object. */
  _resolve(): E {
    this.#checkAlive();
    if (this.#entity === undefined) this.#entity = this.#resolver();
    if (this.#entity === null) throw itemNotFound(this.constructor.name);
    return this.#entity;
  }

  /** @internal */
  _tryResolve(): E | null {
    this.#checkAlive();
    if (this.#entity === undefined) this.#entity = this.#resolver();
    return this.#entity;
  }

  /** @internal Queues the lookup itself, so a missing item fails at this point of the batch as in Excel. */
  _enqueueResolve(req = 0): this {
    this._ctx.enqueue({
      req,
      run: () => {
        this._tryResolve();
        return { bytes: 0, commits: [() => (this.#nullKnown = true)] };
      },
    });
    return this;
  }

  /** @internal Like _enqueueResolve, but a null entity is an ItemNotFound error. */
  _enqueueRequire(req = 0): this {
    this._ctx.enqueue({ req, run: () => void this._resolve() });
    return this;
  }

  protected _get<T>(prop: string): T {
    if (!this.#values.has(prop)) throw propertyNotLoaded(prop);
    return this.#values.get(prop) as T;
  }

  /** Property assignment: visible on this proxy at once, applied to the workbook at sync. */
  protected _set(prop: string, value: unknown): void {
    this.#values.set(prop, value);
    this._ctx.enqueue({ req: jsonBytes(value) + prop.length, run: () => this._write(this._resolve(), prop, value) });
  }

  /** Queues a method call; its return value (if a result is given) is readable after sync. */
  protected _call<R>(name: string, args: unknown[], fn: (e: E) => R, result?: ClientResult<R>): void {
    this._ctx.enqueue({
      req: jsonBytes(args) + name.length,
      run: () => {
        const r = fn(this._resolve());
        if (!result) return undefined;
        return { bytes: jsonBytes(r), commits: [() => result._resolve(r)] };
      },
    });
  }

  /** @internal Gathers loaded values for a load tree (run at sync). */
  _gather(tree: LoadTree, out: Gathered): void {
    const e = this._tryResolve();
    out.commits.push(() => (this.#nullKnown = true));
    if (e === null) return;
    const props = tree === null ? this._scalars.map((p): [string, true] => [p, true]) : [...tree.entries()];
    for (const [prop, sub] of props) {
      if (this._scalars.includes(prop)) {
        const v = this._read(e, prop);
        out.bytes += jsonBytes(v) + prop.length;
        out.commits.push(() => this.#values.set(prop, v));
        continue;
      }
      const nav = this._navigation(prop);
      if (!nav) throw invalidArgument('load', `property '${prop}'`);
      nav._gather(sub === true ? null : sub, out);
    }
  }

  load(option?: unknown): this {
    const tree = parseLoad(option);
    this._ctx.enqueue({
      req: jsonBytes(option),
      run: () => {
        const out: Gathered = { bytes: 0, commits: [] };
        this._gather(tree, out);
        return out;
      },
    });
    return this;
  }

  /** The loaded scalar values, as Office's toJSON() gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.#values);
  }
}

interface PropAccess {
  _get(prop: string): unknown;
  _set(prop: string, value: unknown): void;
}

/** Read-only Office-style accessors (loaded value or PropertyNotLoaded). */
export function defineReadonly(cls: { prototype: object }, props: readonly string[]): void {
  for (const prop of props) {
    Object.defineProperty(cls.prototype, prop, {
      configurable: true,
      get(this: PropAccess) {
        return this._get(prop);
      },
    });
  }
}

/** Defines the Office-style accessors (read: loaded value or PropertyNotLoaded; write: queued) on a proxy class. */
export function defineProps(cls: { prototype: object }, props: readonly string[]): void {
  for (const prop of props) {
    Object.defineProperty(cls.prototype, prop, {
      configurable: true,
      get(this: PropAccess) {
        return this._get(prop);
      },
      set(this: PropAccess, value: unknown) {
        this._set(prop, value);
      },
    });
  }
}

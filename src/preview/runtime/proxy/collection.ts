/** Generic Office.js collection: `items` after load, getCount(), item proxies bound to model entities. */
import { propertyNotLoaded } from '../errors';
import type { Gathered, LoadTree, SimContext } from './base';
import { ClientResult, SimObject } from './base';

export abstract class SimCollection<E, P extends SimObject<E>> extends SimObject<object> {
  #items: P[] | undefined;

  constructor(ctx: SimContext, owner: () => object | null) {
    super(ctx, owner);
  }

  /** The model entities in collection order (evaluated at sync). */
  protected abstract _list(owner: object): E[];
  /** A proxy for one entity. */
  protected abstract _make(e: E): P;

  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }

  get items(): P[] {
    if (!this.#items) throw propertyNotLoaded('items');
    return this.#items;
  }

  /** @internal Loading a collection loads the given properties on every item ('items/name' or 'name'). */
  override _gather(tree: LoadTree, out: Gathered): void {
    const owner = this._tryResolve();
    const sub = tree?.get('items');
    const itemTree: LoadTree = sub === undefined ? tree : sub === true ? null : sub;
    const list = owner === null ? [] : this._list(owner).map((e) => this._make(e));
    for (const p of list) p._gather(itemTree, out);
    out.commits.push(() => (this.#items = list));
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResult<number>();
    this._call('getCount', [], (owner) => this._list(owner).length, result);
    return result;
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.#items ?? []).map((p) => p.toJSON()) };
  }
}

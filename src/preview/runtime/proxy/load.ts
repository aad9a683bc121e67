/** Load specifications: load('a, b/c'), load(['a']), load({ select, expand }), load({ a: true, b: { c: true } }). */
import { invalidArgument } from '../errors';

/** A load specification as a tree: property → true (all scalars / the scalar) or a sub-tree. null = all scalars. */
export type LoadTree = Map<string, LoadTree | true> | null;

function addPath(tree: Map<string, LoadTree | true>, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter((p) => p !== '');
  let node = tree;
  parts.forEach((p, i) => {
    if (i === parts.length - 1) {
      if (!node.has(p)) node.set(p, true);
      return;
    }
    let next = node.get(p);
    if (next === true || next === undefined || next === null) {
      next = new Map();
      node.set(p, next);
    }
    node = next;
  });
}

/** Parses load('a,b/c'), load(['a']), load({select, expand}) and load({a: true, b: {c: true}}). */
export function parseLoad(spec: unknown): LoadTree {
  if (spec === undefined || spec === null) return null;
  const tree = new Map<string, LoadTree | true>();
  const addList = (s: string): void => s.split(',').forEach((p) => addPath(tree, p));
  if (typeof spec === 'string') addList(spec);
  else if (Array.isArray(spec)) spec.forEach((p) => addList(String(p)));
  else if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === 'string' || typeof o.expand === 'string') {
      if (typeof o.select === 'string') addList(o.select);
      if (typeof o.expand === 'string') addList(o.expand);
    } else {
      for (const [k, v] of Object.entries(o)) {
        if (k.startsWith('$')) continue;
        if (v === true) tree.set(k, true);
        else if (v && typeof v === 'object') tree.set(k, parseLoad(v) ?? true);
      }
    }
  } else throw invalidArgument('load', 'option');
  return tree.size === 0 ? null : tree;
}

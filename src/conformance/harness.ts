/**
 * Runs conformance cases on whatever Excel the globals are (the in-memory runtime or the real one) in a scratch
 * area the harness creates and removes: sheets named `_診断_<token>…` and the names the cases add. The user's sheets
 * are never written: every case receives only scratch names, and the clean-up deletes nothing else.
 */
import type { CaseContext, CaseResult, ConformanceCase, Json, Outcome } from './types';

export interface HarnessOptions {
  has(version: string): boolean;
  platform: string;
  /** Distinguishes this run's scratch sheets (random by default). */
  token?: string;
  onProgress?(done: number, total: number, id: string): void;
}

/** The prefix of every scratch sheet (a user sheet never starts with it by accident: the token follows). */
export const SCRATCH_PREFIX = '_診断_';

/** Equal as JSON, numbers to 1e-9 (a time is 0.520833… to however many digits the host gives). */
export function same(a: Json, b: Json): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i] as Json));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same(a[k] as Json, b[k] as Json));
  }
  return a === b;
}

const errorText = (error: unknown): Json => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
  return { error: code ?? (error instanceof Error ? error.message : String(error)) };
};

/** A fresh, empty scratch sheet for the next case (the previous one deleted with whatever a case left on it). */
async function freshSheet(name: string, existed: boolean): Promise<void> {
  await Excel.run(async (context) => {
    if (existed) context.workbook.worksheets.getItem(name).delete();
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

/** Delete every scratch sheet and every name the run added; switch events back on. Best effort, never throws. */
export async function cleanUp(prefix: string, namesBefore: ReadonlySet<string>): Promise<void> {
  try {
    await Excel.run(async (context) => {
      context.runtime.enableEvents = true;
      const sheets = context.workbook.worksheets.load('items/name');
      const names = context.workbook.names.load('items/name');
      await context.sync();
      for (const n of names.items) if (!namesBefore.has(n.name)) n.delete();
      for (const s of sheets.items) if (s.name.startsWith(prefix)) s.delete();
      await context.sync();
    });
  } catch {
    /* reported by the caller's own check of what is left */
  }
}

/** The workbook's names now (so the clean-up removes only what the run added). */
export async function currentNames(): Promise<Set<string>> {
  return Excel.run(async (context) => {
    const names = context.workbook.names.load('items/name');
    await context.sync();
    return new Set(names.items.map((n) => n.name));
  });
}

function judge(c: ConformanceCase, outcome: Outcome): CaseResult {
  const base = { id: c.id, title: c.title, source: c.source };
  if ('skipped' in outcome) return { ...base, status: 'skipped', note: outcome.skipped };
  const note = outcome.note !== undefined ? { note: outcome.note } : {};
  if (outcome.expected === null) return { ...base, status: 'observed', expected: null, observed: outcome.observed, ...note };
  return { ...base, status: same(outcome.expected, outcome.observed) ? 'passed' : 'failed', expected: outcome.expected, observed: outcome.observed, ...note };
}

/** Run every case (in order, one at a time: events and limits must not overlap) and clean up. */
export async function runConformance(cases: readonly ConformanceCase[], options: HarnessOptions): Promise<CaseResult[]> {
  const token = options.token ?? Math.random().toString(36).slice(2, 8);
  const prefix = `${SCRATCH_PREFIX}${token}`;
  const sheet = prefix;
  const context: CaseContext = {
    has: (v) => options.has(v),
    platform: options.platform,
    sheet,
    scratchName: (tag) => `${prefix}_${tag}`.slice(0, 31),
  };
  const namesBefore = await currentNames();
  const results: CaseResult[] = [];
  let created = false;
  try {
    for (const c of cases) {
      options.onProgress?.(results.length, cases.length, c.id);
      try {
        await freshSheet(sheet, created);
        created = true;
        results.push(judge(c, await c.run(context)));
      } catch (error) {
        results.push({ id: c.id, title: c.title, source: c.source, status: 'failed', observed: errorText(error) });
      }
    }
  } finally {
    await cleanUp(prefix, namesBefore);
  }
  options.onProgress?.(results.length, cases.length, '');
  return results;
}

/** Consolidation and audit rules: run over every ledger of every workbook of one check. */
import { assetCell } from '../address';
import type { CollectedSheet } from '../reader';
import { squash } from '../text';
import type { Asset, Issue } from '../types';
import type { CollectionRule } from './context';
import { repeatedNames } from './names';
import type { Occurrence } from './names';

const at = (s: CollectedSheet, cell: string | null) => ({ file: s.ledger.file, sheet: s.ledger.sheet, cell });

/** The 情報資産名 cell of an asset. */
const nameCell = (s: CollectedSheet, a: Asset) => assetCell(s.ledger.columns, a, 'name') ?? null;

/** Comparison key of a 課 name. */
export function departmentKey(name: string): string {
  return squash(name);
}

/** The same normalised 情報資産名 with the same 群 and レベル more than once in one 課. */
export const assetNameDuplicate: CollectionRule = {
  code: 'ASSET_NAME_DUPLICATE',
  scope: 'collection',
  check: ({ sheets, issue }) => {
    const out: Issue[] = [];
    // Numeric keys (課, 群, レベル as small integers): no string is built per occurrence. 群 and レベル are the
    // pack's canonical codes (a handful), so (課 × 2^16 + 群) × 2^16 + レベル stays a safe integer.
    const deptIds = new Map<string, number>();
    const codeIds = new Map<string, number>();
    const idIn = (ids: Map<string, number>, k: string) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    };
    const depts = new Map<CollectedSheet, number>();
    const deptOf = (s: CollectedSheet) => {
      let d = depts.get(s);
      if (d === undefined) {
        const l = s.ledger;
        d = idIn(deptIds, l.department !== null ? `d:${departmentKey(l.department)}` : `s:${l.file ?? ''}\u0000${l.sheet}`);
        depts.set(s, d);
      }
      return d;
    };
    const first = new Map<number, Occurrence>();
    for (const occurrences of repeatedNames(sheets)) {
      first.clear();
      for (const o of occurrences) {
        const { ledger } = o.sheet;
        const a = o.asset;
        const key = (deptOf(o.sheet) * 65536 + idIn(codeIds, a.group ?? '')) * 65536 + idIn(codeIds, a.level ?? '');
        const seen = first.get(key);
        if (seen === undefined) {
          first.set(key, o);
          continue;
        }
        const firstCell = nameCell(seen.sheet, seen.asset) ?? '';
        const cell = nameCell(o.sheet, o.asset);
        if (seen.sheet === o.sheet && firstCell === cell) continue; // one merged cell read on several rows
        out.push(issue(at(o.sheet, cell), ledger.department, {
          name: (a.text.name ?? '').trim(), group: a.group, level: a.level, firstSheet: seen.sheet.ledger.sheet, firstCell,
        }));
      }
    }
    return out;
  },
};

/** Two template ledgers for the same 課, or two form sheets for the same (課, 群, レベル). */
export const departmentDuplicate: CollectionRule = {
  code: 'DEPARTMENT_DUPLICATE',
  scope: 'collection',
  check: ({ sheets, issue }) => {
    const first = new Map<string, CollectedSheet>();
    const out: Issue[] = [];
    for (const s of sheets) {
      const l = s.ledger;
      if (l.department === null || (l.layout === 'form' && (l.group === null || l.level === null))) continue;
      const key = l.layout === 'form' ? `f\u0000${departmentKey(l.department)}\u0000${l.group}\u0000${l.level}` : `t\u0000${departmentKey(l.department)}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, s);
        continue;
      }
      out.push(issue(at(s, null), l.department, {
        department: l.department, layout: l.layout, group: l.group, level: l.level, firstFile: seen.ledger.file, firstSheet: seen.ledger.sheet,
      }));
    }
    return out;
  },
};

/** The same normalised 情報資産名 in the same 群 with different レベル, within a 課 or across 課: every occurrence. */
export const classificationConflict: CollectionRule = {
  code: 'CLASSIFICATION_CONFLICT',
  scope: 'collection',
  check: ({ sheets, issue }) => {
    const out: Issue[] = [];
    for (const occurrences of repeatedNames(sheets)) {
      const level = occurrences[0]?.asset.level;
      if (occurrences.every((o) => o.asset.level === level)) continue; // the usual case: no conflict
      const byGroup = new Map<string, Occurrence[]>();
      for (const o of occurrences) {
        const g = o.asset.group ?? '';
        const list = byGroup.get(g);
        if (list) list.push(o);
        else byGroup.set(g, [o]);
      }
      for (const [group, list] of byGroup) {
        const levels = [...new Set(list.map((o) => o.asset.level ?? ''))].sort();
        if (levels.length < 2) continue;
        for (const { sheet, asset: a } of list) {
          out.push(issue(at(sheet, nameCell(sheet, a)), sheet.ledger.department, { name: (a.text.name ?? '').trim(), group, level: a.level, levels: levels.join('・') }));
        }
      }
    }
    return out;
  },
};

/** A 課 of the expected-department list (when one is given) without any ledger. */
export const departmentNotSubmitted: CollectionRule = {
  code: 'DEPARTMENT_NOT_SUBMITTED',
  scope: 'collection',
  check: ({ sheets, expectedDepartments, issue }) => {
    if (!expectedDepartments) return [];
    const present = new Set(sheets.flatMap((s) => (s.ledger.department !== null ? [departmentKey(s.ledger.department)] : [])));
    const reported = new Set<string>();
    const out: Issue[] = [];
    for (const name of expectedDepartments) {
      const key = typeof name === 'string' ? departmentKey(name) : '';
      if (key === '' || present.has(key) || reported.has(key)) continue;
      reported.add(key);
      out.push(issue({ file: null, sheet: null, cell: null }, name.trim(), { department: name.trim() }));
    }
    return out;
  },
};

/** April 1 (the pack's first month) of the fiscal year `today` falls in. */
export function fiscalYearStart(today: string, startMonth: number): string {
  const [y = 1970, m = 1] = today.split('-').map(Number);
  const month = Math.min(12, Math.max(1, Math.floor(startMonth)));
  const year = m >= month ? y : y - 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** 更新日 missing, or earlier than the start of the current fiscal year. */
export const ledgerStale: CollectionRule = {
  code: 'LEDGER_STALE',
  scope: 'collection',
  check: ({ sheets, policy, today, issue }) => {
    const since = fiscalYearStart(today, policy.fiscalYearStartMonth);
    return sheets.flatMap((s) => {
      const updated = s.ledger.updatedOn;
      if (updated !== null && updated >= since) return [];
      return [issue(at(s, s.updatedCell), s.ledger.department, { updatedOn: updated, since })];
    });
  },
};

/** An input file (with a path) holding no ledger sheet. */
export const ledgerNotFound: CollectionRule = {
  code: 'LEDGER_NOT_FOUND',
  scope: 'collection',
  check: ({ files, issue }) =>
    files.flatMap((f) => (f.file !== null && f.ledgers === 0 ? [issue({ file: f.file, sheet: null, cell: null }, null, { file: f.file })] : [])),
};


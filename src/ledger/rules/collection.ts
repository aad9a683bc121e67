/** Consolidation and audit rules: run over every ledger of every workbook of one check. */
import { assetCell } from '../address';
import { departmentKey } from '../departments';
import { dateKey, isCurrentFiscalYear, judgedDates } from '../fiscal';
import type { CollectedSheet } from '../reader';
import { currentYearStart, submissionStatus } from '../submission';
import type { Asset, Issue } from '../types';
import type { CollectionRule } from './context';
import { assetAt, repeatedNames, sheetAt, sheetIndex } from './names';
import type { Position } from './names';

const at = (s: CollectedSheet, cell: string | null) => ({ file: s.ledger.file, sheet: s.ledger.sheet, cell });

/** The 情報資産名 cell of an asset. */
const nameCell = (s: CollectedSheet, a: Asset) => assetCell(s.ledger.columns, a, 'name') ?? null;

export { departmentKey } from '../departments';
export { fiscalYearStart } from '../fiscal';

/** Occurrences of one name beyond which ASSET_NAME_DUPLICATE indexes their keys rather than searching them. */
const SMALL = 16;

/** The same normalised 情報資産名 with the same 群 and レベル more than once in one 課. */
export const assetNameDuplicate: CollectionRule = {
  code: 'ASSET_NAME_DUPLICATE',
  scope: 'collection',
  check: ({ sheets, issue }) => {
    const out: Issue[] = [];
    // Numeric keys: (群, レベル) pair × sheets + 課, all small integers, so no string is built per occurrence and
    // the key stays a small integer (V8 boxes larger numbers). A 課's id is below the number of sheets.
    const deptIds = new Map<string, number>();
    const codeIds = new Map<string, number>();
    const idIn = (ids: Map<string, number>, k: string) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    };
    const pairIds: number[][] = [];
    let pairs = 0;
    const pairOf = (g: number, l: number) => ((pairIds[g] ??= [])[l] ??= pairs++);
    const deptBySheet = new Int32Array(sheets.length).fill(-1);
    const deptOf = (si: number) => {
      let d = deptBySheet[si] ?? -1;
      if (d < 0) {
        const l = (sheets[si] as CollectedSheet).ledger;
        d = idIn(deptIds, l.department !== null ? `d:${departmentKey(l.department)}` : `s:${l.file ?? ''}\u0000${l.sheet}`);
        deptBySheet[si] = d;
      }
      return d;
    };
    // Most names repeat a few times: their keys are searched in a list (a Map per name cost more to fill and
    // clear than the rest of the rule); only a name repeated more often than SMALL gets a Map.
    const keys: number[] = [];
    for (const occurrences of repeatedNames(sheets)) {
      const first = occurrences.length > SMALL ? new Map<number, Position>() : null;
      keys.length = 0;
      for (let i = 0; i < occurrences.length; i++) {
        const pos = occurrences[i] as Position;
        const si = sheetIndex(pos);
        const sheet = sheets[si] as CollectedSheet;
        const a = assetAt(sheets, pos);
        const key = pairOf(idIn(codeIds, a.group ?? ''), idIn(codeIds, a.level ?? '')) * sheets.length + deptOf(si);
        let seen: Position | undefined;
        if (first !== null) {
          seen = first.get(key);
          if (seen === undefined) first.set(key, pos);
        } else {
          const j = keys.indexOf(key);
          if (j >= 0) seen = occurrences[j];
          keys.push(key);
        }
        if (seen === undefined) continue;
        const firstSheet = sheetAt(sheets, seen);
        const firstCell = nameCell(firstSheet, assetAt(sheets, seen)) ?? '';
        const cell = nameCell(sheet, a);
        if (firstSheet === sheet && firstCell === cell) continue; // one merged cell read on several rows
        out.push(issue(at(sheet, cell), sheet.ledger.department, {
          name: (a.text.name ?? '').trim(), group: a.group, level: a.level, firstSheet: firstSheet.ledger.sheet, firstCell,
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
      let conflict = false;
      const level = assetAt(sheets, occurrences[0] ?? 0).level;
      for (let i = 1; i < occurrences.length && !conflict; i++) conflict = assetAt(sheets, occurrences[i] ?? 0).level !== level;
      if (!conflict) continue; // the usual case
      const byGroup = new Map<string, Position[]>();
      for (const pos of occurrences) {
        const g = assetAt(sheets, pos).group ?? '';
        const list = byGroup.get(g);
        if (list) list.push(pos);
        else byGroup.set(g, [pos]);
      }
      for (const [group, list] of byGroup) {
        const levels = [...new Set(list.map((pos) => assetAt(sheets, pos).level ?? ''))].sort();
        if (levels.length < 2) continue;
        for (const pos of list) {
          const sheet = sheetAt(sheets, pos);
          const a = assetAt(sheets, pos);
          out.push(issue(at(sheet, nameCell(sheet, a)), sheet.ledger.department, { name: (a.text.name ?? '').trim(), group, level: a.level, levels: levels.join('・') }));
        }
      }
    }
    return out;
  },
};

/** A 課 of the expected-department list (when one is given) without any ledger: the submission status's 未提出. */
export const departmentNotSubmitted: CollectionRule = {
  code: 'DEPARTMENT_NOT_SUBMITTED',
  scope: 'collection',
  check: ({ sheets, expectedDepartments, policy, today, issue }) => {
    if (!expectedDepartments) return [];
    const status = submissionStatus(sheets.map((s) => s.ledger), expectedDepartments, { today, policy });
    return status.rows.filter((r) => !r.submitted).map((r) => issue({ file: null, sheet: null, cell: null }, r.department, { department: r.department }));
  },
};

/**
 * 更新日 missing, or earlier than the start of the current fiscal year. A template ledger is judged on its own.
 * The 別記様式 form has no 更新日 cell, and a 課 keeps up to four form sheets: they are judged together, once per
 * 課, by the latest 更新日 found on any of the 課's sheets (a clerk may write 更新日 above one form, or the 課 may
 * also keep a template ledger), and reported at that date's cell, else on the 課's first form sheet.
 */
export const ledgerStale: CollectionRule = {
  code: 'LEDGER_STALE',
  scope: 'collection',
  check: ({ sheets, policy, today, issue }) => {
    const since = currentYearStart(today, policy);
    const judged = judgedDates(sheets.map((s) => s.ledger), departmentKey);
    const sheetOf = new Map(sheets.map((s) => [s.ledger, s] as const));
    const out: Issue[] = [];
    const forms = new Map<string, CollectedSheet[]>(); // 課 key (or the sheet itself, without 課) → its form sheets
    for (const s of sheets) {
      if (s.ledger.layout === 'form') {
        const key = dateKey(s.ledger, departmentKey);
        const list = forms.get(key);
        if (list) list.push(s);
        else forms.set(key, [s]);
        continue;
      }
      const updated = s.ledger.updatedOn;
      if (!isCurrentFiscalYear(updated, since)) out.push(issue(at(s, s.updatedCell), s.ledger.department, { updatedOn: updated, since }));
    }
    for (const list of forms.values()) {
      const first = list[0] as CollectedSheet;
      const j = judged.get(first.ledger);
      const updated = j?.updatedOn ?? null;
      if (isCurrentFiscalYear(updated, since)) continue;
      const where = (j && sheetOf.get(j.from)) ?? first;
      out.push(issue(at(where, where.updatedCell), first.ledger.department, { updatedOn: updated, since, layout: 'form', sheets: list.length }));
    }
    return out;
  },
};

/**
 * A workbook holding no ledger sheet: an input file of the CLI or an import, and also the open workbook (file
 * null), so that checking, summarising or auditing an empty workbook never reads as a clean bill. `toolSheets`
 * counts the sheets this tool wrote there (a summary fed back in), which are never ledgers.
 */
export const ledgerNotFound: CollectionRule = {
  code: 'LEDGER_NOT_FOUND',
  scope: 'collection',
  check: ({ files, issue }) =>
    files.flatMap((f) => (f.ledgers === 0 ? [issue({ file: f.file, sheet: null, cell: null }, null, { file: f.file, toolSheets: f.toolSheets })] : [])),
};

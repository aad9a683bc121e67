/** Sheet rules on the cells of asset rows: required cells, 番号, coded values, error values. */
import type { PolicyPack } from '../../policy/types';
import type { Coded } from '../normalize';
import type { AssetRow } from '../reader';
import { isBlank } from '../text';
import type { ColumnKey, Issue } from '../types';
import type { Params, SheetRule } from './context';
import { columnHeader } from './context';

/** A row with content leaves 番号, 情報資産名, 内容, 群 or レベル empty (only columns the sheet has). */
export const requiredEmpty: SheetRule = {
  code: 'REQUIRED_EMPTY',
  scope: 'sheet',
  check: ({ sheet, policy, issue }) => {
    const required = policy.columns.filter((c) => c.required && sheet.ledger.columns[c.key] !== undefined);
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      for (const c of required) {
        const state = stateOf(r, c.key);
        const cell = r.asset.cells[c.key];
        if (state === 'empty' && cell !== undefined) out.push(issue(cell, { column: c.header }));
      }
    }
    return out;
  },
};

function stateOf(r: AssetRow, key: ColumnKey): string {
  if (key === 'number' || key === 'group' || key === 'level' || key === 'personalInfo') return r[key].state;
  // The display text is blank exactly when the cell is (errors, numbers, dates and booleans all show text).
  return isBlank(r.asset.text[key]) ? 'empty' : 'filled';
}

/** 番号 that is not a whole number ≥ 1 (even after normalisation). */
export const numberInvalid: SheetRule = {
  code: 'NUMBER_INVALID',
  scope: 'sheet',
  check: ({ sheet, issue }) => {
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      if (r.number.state === 'invalid' && r.asset.cells.number) out.push(issue(r.asset.cells.number, { value: r.asset.text.number ?? '' }));
    }
    return out;
  },
};

/** The same 番号 twice in one sheet: every occurrence after the first. */
export const numberDuplicate: SheetRule = {
  code: 'NUMBER_DUPLICATE',
  scope: 'sheet',
  check: ({ sheet, issue }) => {
    const first = new Map<number, string>();
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      const n = r.number.value;
      const cell = r.asset.cells.number;
      if (n === null || cell === undefined) continue;
      const seen = first.get(n);
      if (seen === undefined) first.set(n, cell);
      else if (seen !== cell) out.push(issue(cell, { number: n, firstCell: seen }));
    }
    return out;
  },
};

function invalidCoded(key: 'group' | 'level'): SheetRule['check'] {
  return ({ sheet, issue }) => {
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      const cell = r.asset.cells[key];
      if (r[key].state === 'invalid' && cell !== undefined) out.push(issue(cell, { value: r.asset.text[key] ?? '' }));
    }
    return out;
  };
}

/** 群 that is not A群/B群 even after normalisation. */
export const groupInvalid: SheetRule = { code: 'GROUP_INVALID', scope: 'sheet', check: invalidCoded('group') };

/** レベル that is not レベル1/レベル2 even after normalisation. */
export const levelInvalid: SheetRule = { code: 'LEVEL_INVALID', scope: 'sheet', check: invalidCoded('level') };

/** Any Excel error value in a ledger cell (table cells of asset rows, and the 更新日 cell). */
export const cellError: SheetRule = {
  code: 'CELL_ERROR',
  scope: 'sheet',
  check: ({ sheet, issue }) => sheet.errors.map((e) => issue(e.cell, { value: e.value, column: e.column })),
};

const CODED = ['number', 'group', 'level', 'personalInfo'] as const;

function coded(r: AssetRow, key: (typeof CODED)[number]): Coded<string | number> {
  return r[key];
}

/** 群, レベル, 番号 or 個人情報 valid only after normalisation (auto-fixable). */
export const valueNotCanonical: SheetRule = {
  code: 'VALUE_NOT_CANONICAL',
  scope: 'sheet',
  fix: (issue) => {
    const canonical = issue.params['canonical'];
    return typeof canonical === 'string' || typeof canonical === 'number' ? canonical : null;
  },
  check: ({ sheet, policy, issue }) => {
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      for (const key of CODED) {
        const c = coded(r, key);
        const cell = r.asset.cells[key];
        if (c.state !== 'normalised' || c.value === null || cell === undefined) continue;
        out.push(issue(cell, notCanonicalParams(policy, key, r.asset.text[key] ?? '', c.value)));
      }
    }
    return out;
  },
};

function notCanonicalParams(policy: PolicyPack, key: ColumnKey, value: string, canonical: string | number): Params {
  return { column: columnHeader(policy, key), value, canonical };
}

/** Sheet rules on the cells of asset rows: required cells, 番号, coded values, error values. */
import type { PolicyPack } from '../../policy/types';
import { assetCell } from '../address';
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
    const tests = required.map((c) => emptyTest(c.key));
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      for (let i = 0; i < required.length; i++) {
        if (!(tests[i] as EmptyTest)(r)) continue;
        const c = required[i] as (typeof required)[number];
        const cell = assetCell(sheet.ledger.columns, r.asset, c.key);
        if (cell !== undefined) out.push(issue(cell, { column: c.header }));
      }
    }
    return out;
  },
};

type EmptyTest = (r: AssetRow) => boolean;

/**
 * Whether a row leaves column `key` empty, as a function chosen once per sheet: the coded columns by their
 * normalisation state, the others by their display text, which is blank exactly when the cell is (errors,
 * numbers, dates and booleans all show text). Choosing per cell (string compares, then a property looked up by a
 * computed key) repeats that choice on every cell of five columns.
 */
function emptyTest(key: ColumnKey): EmptyTest {
  switch (key) {
    case 'number':
    case 'group':
    case 'level':
    case 'personalInfo':
      return (r) => r[key].state === 'empty';
    case 'name':
      return (r) => isBlank(r.asset.text.name);
    case 'content':
      return (r) => isBlank(r.asset.text.content);
    default:
      return (r) => isBlank(r.asset.text[key]);
  }
}

/** 番号 that is not a whole number ≥ 1 (even after normalisation). */
export const numberInvalid: SheetRule = {
  code: 'NUMBER_INVALID',
  scope: 'sheet',
  check: ({ sheet, issue }) => {
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      const cell = r.number.state === 'invalid' ? assetCell(sheet.ledger.columns, r.asset, 'number') : undefined;
      if (cell !== undefined) out.push(issue(cell, { value: r.asset.text.number ?? '' }));
    }
    return out;
  },
};

/** The same 番号 twice in one sheet: every occurrence after the first. */
export const numberDuplicate: SheetRule = {
  code: 'NUMBER_DUPLICATE',
  scope: 'sheet',
  check: ({ sheet, issue }) => {
    const { columns } = sheet.ledger;
    if (columns.number === undefined) return [];
    const first = new Map<number, AssetRow>();
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      const n = r.number.value;
      if (n === null) continue;
      const seen = first.get(n);
      if (seen === undefined) {
        first.set(n, r);
        continue;
      }
      const cell = assetCell(columns, r.asset, 'number') ?? '';
      const firstCell = assetCell(columns, seen.asset, 'number') ?? '';
      if (firstCell !== cell) out.push(issue(cell, { number: n, firstCell })); // not one merged cell read on two rows
    }
    return out;
  },
};

function invalidCoded(key: 'group' | 'level'): SheetRule['check'] {
  return ({ sheet, issue }) => {
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      const cell = r[key].state === 'invalid' ? assetCell(sheet.ledger.columns, r.asset, key) : undefined;
      if (cell !== undefined) out.push(issue(cell, { value: r.asset.text[key] ?? '' }));
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
        if (c.state !== 'normalised' || c.value === null) continue;
        const cell = assetCell(sheet.ledger.columns, r.asset, key);
        if (cell === undefined) continue;
        out.push(issue(cell, notCanonicalParams(policy, key, r.asset.text[key] ?? '', c.value)));
      }
    }
    return out;
  },
};

function notCanonicalParams(policy: PolicyPack, key: ColumnKey, value: string, canonical: string | number): Params {
  return { column: columnHeader(policy, key), value, canonical };
}

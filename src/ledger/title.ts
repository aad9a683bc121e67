/**
 * What lies above the table: the 課 (tag → 課名 label → title parentheses → sheet name `台帳_X`), the
 * 別記様式 `（X群－レベルN）` line and the 更新日. Read leniently: any width, any dash, any spaces.
 */
import type { PolicyPack } from '../policy/types';
import { a1 } from './address';
import type { Grid } from './grid';
import { normalizeGroup, normalizeLevel } from './normalize';
import { cellText, isBlank, isErrorCell, squash } from './text';
import type { CellValue, LedgerTag } from './types';

export type DepartmentSource = 'tag' | 'label' | 'title' | 'sheetName';

export interface TitleInfo {
  readonly department: string | null;
  readonly departmentSource: DepartmentSource | null;
  /** The 群－レベル line, when one was found. */
  readonly line: { readonly group: string; readonly level: string; readonly cell: string } | null;
  /** The 更新日 value cell, when a label was found. */
  readonly updated: { readonly value: CellValue; readonly cell: string } | null;
  /** An error value in the 課名 cell (never taken as a 課). */
  readonly departmentError: { readonly value: string; readonly cell: string } | null;
  /** A cell above the header names the ledger (the policy's title keyword, e.g. `情報資産台帳（総務課）`). */
  readonly titled: boolean;
}

const DASHES = /[-‐‑‒–—―ー－−─━]/g;
const PARENS = /[(（]([^()（）]*)[)）]/g;

/** A 群－レベル line such as `（A群－レベル1）`, `(Ａ群 ― レベル１)`, `A群-Lv1`, or null. */
export function parseGroupLevel(text: string, policy: PolicyPack): { group: string; level: string } | null {
  const s = squash(text).replace(/^[(（]|[)）]$/g, '').replace(DASHES, '-');
  let parts = s.split('-').filter((p) => p.length > 0);
  if (parts.length !== 2) {
    const at = s.indexOf('群');
    if (at <= 0 || at === s.length - 1) return null;
    parts = [s.slice(0, at + 1), s.slice(at + 1)];
  }
  const group = normalizeGroup(parts[0] ?? '', policy).value;
  const level = normalizeLevel(parts[1] ?? '', policy).value;
  return group !== null && level !== null ? { group, level } : null;
}

/** A department name as typed, or null when it is an unfilled placeholder such as `課` or `（\u3000\u3000課）` (full-width spaces). */
export function departmentName(text: string, policy: PolicyPack): string | null {
  const name = squash(text).replace(/^[(（]|[)）]$/g, '').replace(/^[:：]/, '');
  if (name.length === 0 || name.length > 100) return null;
  const fillers = new Set(policy.template.placeholderChars);
  const core = [...name].filter((ch) => !fillers.has(ch)).join('');
  if (core.length === 0 || policy.template.placeholderWords.includes(core)) return null;
  return name;
}

function matchesLabel(text: string, labels: readonly string[]): { rest: string } | null {
  const s = squash(text);
  for (const l of labels) {
    const key = squash(l);
    if (s === key || s === `${key}:`) return { rest: '' };
    if (s.startsWith(`${key}:`)) return { rest: s.slice(key.length + 1) };
  }
  return null;
}

/** The value belonging to a label cell: the text after its colon, or the next filled cell to the right. */
function labelledValue(grid: Grid, row: number, col: number, rest: string, policy: PolicyPack): { value: CellValue; cell: string } | null {
  if (rest.length > 0) return { value: rest, cell: a1(row, col) };
  const t = policy.template;
  const allLabels = [...t.departmentLabels, ...t.updatedLabels, ...t.authorLabels];
  for (let c = col + 1; c <= col + 3; c++) {
    if (grid.continuesFromAbove(row, c)) continue;
    const anchor = grid.anchor(row, c);
    if (anchor.col === col) continue; // the label's own merge
    const v = grid.get(row, c);
    if (isBlank(v)) continue;
    if (matchesLabel(cellText(v), allLabels)) return null;
    return { value: v, cell: a1(anchor.row, anchor.col) };
  }
  return null;
}

/** Read the area above the header (or the first rows when there is none). */
export function readTitle(grid: Grid, sheetName: string, tag: LedgerTag | null, lastRow: number, policy: PolicyPack): TitleInfo {
  const t = policy.template;
  let label: string | null = null;
  let title: string | null = null;
  let line: TitleInfo['line'] = null;
  let updated: TitleInfo['updated'] = null;
  let departmentError: TitleInfo['departmentError'] = null;
  let titled = false;
  for (let row = grid.top; row <= lastRow; row++) {
    const end = grid.rowEnd(row);
    for (let col = grid.left; col <= end; col++) {
      const anchor = grid.anchor(row, col);
      if (anchor.row !== row || anchor.col !== col) continue;
      const v = grid.raw(row, col);
      if (isBlank(v)) continue;
      const text = cellText(v);
      if (text.length > 500) continue;
      const dept = matchesLabel(text, t.departmentLabels);
      if (dept) {
        const found = labelledValue(grid, row, col, dept.rest, policy);
        if (found && isErrorCell(found.value)) departmentError ??= { value: found.value.code, cell: found.cell };
        const name = found && !isErrorCell(found.value) ? departmentName(cellText(found.value), policy) : null;
        if (label === null && name !== null) label = name;
        continue;
      }
      const upd = matchesLabel(text, t.updatedLabels);
      if (upd) {
        if (updated === null) updated = labelledValue(grid, row, col, upd.rest, policy) ?? { value: null, cell: a1(row, col + 1) };
        continue;
      }
      const segments = [...text.matchAll(PARENS)].map((m) => m[1] ?? '');
      if (line === null) {
        for (const s of [...segments, text]) {
          const gl = parseGroupLevel(s, policy);
          if (gl) {
            line = { ...gl, cell: a1(row, col) };
            break;
          }
        }
      }
      const named = squash(text).includes(squash(t.titleKeyword));
      titled ||= named;
      if (title === null && named) {
        for (const s of segments) {
          if (parseGroupLevel(s, policy)) continue;
          const name = departmentName(s, policy);
          if (name !== null) {
            title = name;
            break;
          }
        }
      }
    }
  }
  const fromTag = tag && typeof tag.department === 'string' ? departmentName(tag.department, policy) : null;
  const fromSheet = sheetDepartment(sheetName, policy);
  const [department, departmentSource] =
    fromTag !== null ? [fromTag, 'tag' as const]
    : label !== null ? [label, 'label' as const]
    : title !== null ? [title, 'title' as const]
    : fromSheet !== null ? [fromSheet, 'sheetName' as const]
    : [null, null];
  return { department, departmentSource, line, updated, departmentError, titled };
}

/** Whether the sheet is named as a ledger is (`台帳_X`), placeholder or not. */
export function ledgerSheetName(sheetName: string, policy: PolicyPack): boolean {
  return sheetName.normalize('NFKC').startsWith(policy.template.sheetPrefix.normalize('NFKC'));
}

function sheetDepartment(sheetName: string, policy: PolicyPack): string | null {
  const name = sheetName.normalize('NFKC');
  const prefix = policy.template.sheetPrefix.normalize('NFKC');
  if (!name.startsWith(prefix)) return null;
  return departmentName(name.slice(prefix.length), policy);
}

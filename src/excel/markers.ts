/**
 * What the findings markers of each sheet should be (findings.ts writes them). A marker is a conditional format the
 * add-in owns, recognised by its always-true rule formula `=N("ledger-check:<severity>:<signature>")=0`; the
 * signature is a hash of everything the sheet's markers cover, so a refresh leaves a sheet whose markers are already
 * right alone without comparing cells.
 * - ExcelApi 1.9+: one format per sheet and severity over a RangeAreas (Worksheet.getRanges) — a few operations per
 *   sheet whatever the number of findings; an address list longer than ADDRESS_LIMIT characters is split over
 *   several formats (office-js #5198: getRanges fails from about 8,200 characters).
 * - ExcelApi 1.8: one format per vertical run of cells (E7:E9), in batches bounded by operations (sizing.ts).
 */
import type { Issue, Severity } from '../ledger';
import { boxAddress, parseCell } from './address';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
export const FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** The longest address list one format gets (well below where getRanges fails). */
export const ADDRESS_LIMIT = 2000;

const MARKER = /^=N\("ledger-check:(error|warning|info)(?::([0-9a-z]+))?"\)=0$/;

/** The rule formula of a marker of this severity on a sheet whose markers have this signature. */
export function markerFormula(severity: Severity, signature: string): string {
  return `=N("ledger-check:${severity}:${signature}")=0`;
}

/** The severity and signature of a marker formula (a marker of an earlier version has no signature); else null. */
export function readMarker(formula: string): { severity: Severity; signature: string | null } | null {
  const m = MARKER.exec(formula);
  if (!m) return null;
  return { severity: m[1] as Severity, signature: m[2] ?? null };
}

export function isMarkerFormula(formula: string): boolean {
  return MARKER.test(formula);
}

/** Cells per sheet and severity, merged into vertical runs (E7:E9) so a column of findings is one area. */
export function markerRanges(issues: readonly Issue[]): { sheet: string; severity: Severity; address: string }[] {
  const cells = new Map<string, { sheet: string; severity: Severity; row: number; col: number }>();
  for (const issue of issues) {
    const { sheet, cell, file } = issue.location;
    const at = cell ? parseCell(cell) : null;
    if (file !== null || sheet === null || !at) continue;
    const key = `${sheet}\u0000${at.row}\u0000${at.col}`;
    const prior = cells.get(key);
    // One marker per cell: the most severe finding colours it.
    if (!prior || SEVERITY_ORDER.indexOf(issue.severity) < SEVERITY_ORDER.indexOf(prior.severity)) {
      cells.set(key, { sheet, severity: issue.severity, row: at.row, col: at.col });
    }
  }
  const sorted = [...cells.values()].sort((a, b) =>
    a.sheet === b.sheet ? (a.severity === b.severity ? (a.col === b.col ? a.row - b.row : a.col - b.col) : a.severity < b.severity ? -1 : 1) : a.sheet < b.sheet ? -1 : 1,
  );
  const out: { sheet: string; severity: Severity; address: string }[] = [];
  let run: { sheet: string; severity: Severity; col: number; top: number; bottom: number } | null = null;
  const flush = () => {
    if (run) out.push({ sheet: run.sheet, severity: run.severity, address: boxAddress(run.top, run.col, run.bottom, run.col) });
  };
  for (const c of sorted) {
    if (run && run.sheet === c.sheet && run.severity === c.severity && run.col === c.col && run.bottom + 1 === c.row) {
      run.bottom = c.row;
      continue;
    }
    flush();
    run = { sheet: c.sheet, severity: c.severity, col: c.col, top: c.row, bottom: c.row };
  }
  flush();
  return out;
}

/** One format to add: its severity and the areas it applies to (one area on 1.8). */
export interface MarkerRule {
  readonly severity: Severity;
  readonly addresses: readonly string[];
}

/** A sheet's planned markers: its rules and their common signature. */
export interface SheetMarkers {
  readonly rules: readonly MarkerRule[];
  readonly signature: string;
}

/** 32-bit FNV-1a, base 36: short, and enough to tell one marker set from the next. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Areas packed into address lists of at most `limit` characters ("E7:E9, G12"). */
function packAddresses(addresses: readonly string[], limit: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length > 0 && length + a.length + 2 > limit) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 2;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The planned markers of every sheet with findings (sheet name → rules and signature). */
export function planMarkers(issues: readonly Issue[], areas: boolean): Map<string, SheetMarkers> {
  const bySheet = new Map<string, Map<Severity, string[]>>();
  for (const r of markerRanges(issues)) {
    const sheet = bySheet.get(r.sheet) ?? new Map<Severity, string[]>();
    sheet.set(r.severity, [...(sheet.get(r.severity) ?? []), r.address]);
    bySheet.set(r.sheet, sheet);
  }
  const plans = new Map<string, SheetMarkers>();
  for (const [sheet, bySeverity] of bySheet) {
    const rules: MarkerRule[] = [];
    for (const severity of SEVERITY_ORDER) {
      const addresses = bySeverity.get(severity) ?? [];
      const groups = areas ? packAddresses(addresses, ADDRESS_LIMIT) : addresses.map((a) => [a]);
      for (const g of groups) rules.push({ severity, addresses: g });
    }
    const signature = hash(`${areas ? 'areas' : 'runs'}|${rules.map((r) => `${r.severity}:${r.addresses.join(',')}`).join('|')}`);
    plans.set(sheet, { rules, signature });
  }
  return plans;
}

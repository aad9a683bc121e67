/**
 * The table body of a ledger sheet: asset rows (merges resolved, every cell fetched once), the blank rows
 * between them, error values, and the note row (※…, 以下余白, 計) that ends the table.
 */
import type { PolicyPack } from '../policy/types';
import { a1 } from './address';
import type { Grid } from './grid';
import type { HeaderMatch } from './header';
import { codedNormalizers, normalizeNumber, numberText } from './normalize';
import type { Coded, CodedNormalizer } from './normalize';
import type { Interner } from './intern';
import { cellText, isBlank, isErrorCell, squash } from './text';
import { recordPlan } from './records';
import type { RecordPlan } from './records';
import type { Asset, CellValue, ColumnKey } from './types';

const EMPTY_NUMBER: Coded<number> = { state: 'empty', value: null };
const EMPTY_TEXT: Coded<string> = { state: 'empty', value: null };

const canonicalCodes = new Map<string, Coded<string>>();
/** One shared result per canonical code (a form sheet's 群 and レベル hold on every row). */
function canonicalCode(code: string): Coded<string> {
  let c = canonicalCodes.get(code);
  if (!c) {
    c = { state: 'canonical', value: code };
    canonicalCodes.set(code, c);
  }
  return c;
}

/** One asset row with the normalisation results the rules use. */
export interface AssetRow {
  readonly asset: Asset;
  /** 内容 normalised like 情報資産名, computed once on first use by the keyword rules. */
  contentKey: string | null;
  readonly number: Coded<number>;
  readonly group: Coded<string>;
  readonly level: Coded<string>;
  readonly personalInfo: Coded<string>;
}

/** A cell holding an Excel error value. */
export interface ErrorCellRef {
  readonly cell: string;
  readonly value: string;
  readonly column: string | null;
}

/** What the body holds: asset rows, gaps between them (first blank row, its cell, length), error cells. */
export interface Body {
  rows: AssetRow[];
  gaps: { row: number; cell: string; count: number }[];
  errors: ErrorCellRef[];
}

/** A note row (※…, 以下余白, 計) ends the table. */
function isNoteRow(text: string, policy: PolicyPack): boolean {
  const s = squash(text);
  const t = policy.template;
  return t.notePrefixes.some((p) => s.startsWith(squash(p))) || t.noteWords.some((w) => s === squash(w));
}

/** Read the rows below the header, up to the last row with content or the first note row. */
export function readBody(
  grid: Grid,
  header: HeaderMatch,
  policy: PolicyPack,
  formGroup: string | null,
  formLevel: string | null,
  intern: Interner,
): Body {
  const body: Body = { rows: [], gaps: [], errors: [] };
  const plan = recordPlan(Object.keys(header.columns) as ColumnKey[]);
  const keys: RowKeys = {
    names: plan.keys,
    offsets: plan.keys.map((k) => (header.columns[k] ?? header.left) - header.left),
    build: plan.build,
    // 内容 is rarely repeated (sharing it would only fill the table); 情報資産名 is shared with its key, 番号 is
    // mostly a number, and a coded column's canonical text is the policy's own string.
    shared: plan.keys.map((k) => !UNSHARED.has(k)),
    intern,
    coded: codedNormalizers(policy),
    // Scratch array reused for every row: `build` copies it into the row's record.
    texts: new Array<string>(plan.keys.length),
  };
  const width = header.right - header.left + 1;
  // One buffer for the current row's span, so every cell is fetched once (the hot path).
  const buf: CellValue[] = new Array<CellValue>(width).fill(null);
  let blankStart = -1;
  const merged = grid.hasMerges;
  const shift = header.left - grid.left;
  const seenErrors = new Set<string>();
  for (let row = header.row + 1; row <= grid.lastRow; row++) {
    let first: CellValue = null;
    let continued = false;
    let errors = false;
    // Without merges a cell is what the row stores: the row is found once, not once per cell (the hot path).
    const cells = merged ? null : grid.rowCells(row);
    for (let i = 0; i < width; i++) {
      const v = merged ? grid.get(row, header.left + i) : cells === null ? null : (cells[shift + i] ?? null);
      buf[i] = v;
      // Error values are objects: the test costs nothing for the strings and numbers of most cells.
      if (typeof v === 'object' && v !== null && !errors) errors = isErrorCell(v);
      if (first !== null || isBlank(v)) continue;
      if (merged && grid.continuesFromAbove(row, header.left + i)) continued = true;
      else first = v;
    }
    if (first === null) {
      // Only continuation cells of a merge from a row above: part of that row, neither asset nor gap.
      if (!continued && blankStart < 0) blankStart = row;
      continue;
    }
    if (typeof first !== 'number' && isNoteRow(cellText(first), policy)) break;
    if (blankStart >= 0 && body.rows.length > 0) {
      body.gaps.push({ row: blankStart + 1, cell: a1(blankStart, header.left), count: row - blankStart });
    }
    blankStart = -1;
    body.rows.push(readRow(grid, row, buf, keys, header.left, formGroup, formLevel));
    if (!errors) continue;
    for (let i = 0; i < width; i++) {
      const v = buf[i];
      if (!isErrorCell(v)) continue;
      const at = grid.anchor(row, header.left + i);
      const cell = a1(at.row, at.col);
      if (seenErrors.has(cell)) continue;
      seenErrors.add(cell);
      body.errors.push({ cell, value: cellText(v), column: header.labels.get(at.col) ?? null });
    }
  }
  return body;
}

/** Columns whose texts are not shared through the Interner (see `readBody`). */
const UNSHARED: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['content', 'name', 'number', 'group', 'level', 'personalInfo']);

/** A coded cell's text: the policy's own string when the cell is canonical (the same text, one copy for all rows). */
function canonicalText(shown: string, c: Coded<string>): string {
  return c.state === 'canonical' && c.value !== null ? c.value : shown;
}

/** The table's column keys and their offsets in the row buffer, as parallel arrays (the hot path). */
interface RowKeys {
  readonly names: readonly ColumnKey[];
  readonly offsets: readonly number[];
  readonly build: RecordPlan['build'];
  /** Per key: whether its texts are shared through `intern`. */
  readonly shared: readonly boolean[];
  readonly intern: Interner;
  readonly coded: { readonly group: CodedNormalizer; readonly level: CodedNormalizer; readonly personalInfo: CodedNormalizer };
  readonly texts: string[];
}

function readRow(
  grid: Grid,
  row: number,
  buf: readonly CellValue[],
  keys: RowKeys,
  left: number,
  formGroup: string | null,
  formLevel: string | null,
): AssetRow {
  const { texts } = keys;
  let anchors: Partial<Record<ColumnKey, string>> | null = null;
  let number: Coded<number> = EMPTY_NUMBER;
  let numberAsText: string | null = null;
  let group: Coded<string> = formGroup !== null ? canonicalCode(formGroup) : EMPTY_TEXT;
  let level: Coded<string> = formLevel !== null ? canonicalCode(formLevel) : EMPTY_TEXT;
  let personalInfo: Coded<string> = EMPTY_TEXT;
  let nameKey = '';
  const { names, offsets, shared, intern, coded } = keys;
  for (let k = 0; k < names.length; k++) {
    const key = names[k] as ColumnKey;
    const offset = offsets[k] as number;
    const v = buf[offset] ?? null;
    let shown = cellText(v);
    if (shared[k] === true && typeof v !== 'number') shown = intern.text(shown);
    texts[k] = shown;
    if (key === 'number') {
      number = normalizeNumber(v);
      if (number.value !== null && typeof v !== 'number') numberAsText = numberText(v);
    }
    else if (key === 'group' && formGroup === null) texts[k] = canonicalText(shown, (group = coded.group(v)));
    else if (key === 'level' && formLevel === null) texts[k] = canonicalText(shown, (level = coded.level(v)));
    else if (key === 'personalInfo') texts[k] = canonicalText(shown, (personalInfo = coded.personalInfo(v)));
    else if (key === 'name' && !isBlank(v)) {
      nameKey = intern.nameKey(shown);
      // The key is the shared copy of the text when they are the same (most names).
      if (nameKey === shown) texts[k] = nameKey;
    }
    if (grid.hasMerges) {
      const at = grid.anchor(row, left + offset);
      if (at.row !== row || at.col !== left + offset) (anchors ??= {})[key] = a1(at.row, at.col);
    }
  }
  const asset: Asset = {
    row: row + 1,
    text: keys.build(texts),
    anchors,
    number: number.value,
    numberText: numberAsText,
    group: group.value,
    level: level.value,
    nameKey: nameKey,
  };
  return { asset, contentKey: null, number, group, level, personalInfo };
}

/**
 * The grid's keys, as Excel reads them. On a selected cell: arrows move, Enter moves down (back to where a run of
 * Tabs began), Tab right, Shift the other way, F2 edits, Backspace starts an empty entry, Delete clears, Alt+↓ opens
 * the cell's list, and Esc then Tab leaves the sheet (no keyboard trap). In an entry: Enter/Tab commit and move,
 * Esc cancels, and in an entry begun by typing, arrows commit and move too.
 */
import type { KeyboardEvent } from 'react';
import type { Editing, Move } from './useCellEditing';

const MOVES: Record<string, [Move, Move]> = {
  ArrowUp: ['up', 'up'],
  ArrowDown: ['down', 'down'],
  ArrowLeft: ['left', 'left'],
  ArrowRight: ['right', 'right'],
  Enter: ['enter', 'up'],
  Tab: ['tab', 'left'],
};
const COMMITS: Record<string, [Move, Move]> = { Enter: ['enter', 'up'], Tab: ['tab', 'left'] };
const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What the keys act on (the grid's editing state, see useCellEditing). */
export interface GridKeyTarget {
  moveFrom(r: number, c: number, move: Move): void;
  startEdit(r: number, c: number, typed: string | null): void;
  clear(r: number, c: number): void;
  commit(move: Move): void;
  cancel(): void;
}

/** A key on the selected cell at (r, c). `tabLeaves` remembers an Esc, after which Tab leaves the sheet. */
export function selectedCellKey(e: KeyboardEvent, at: { r: number; c: number }, ed: GridKeyTarget, openList: () => void, tabLeaves: { current: boolean }): void {
  if (e.key === 'Escape') tabLeaves.current = true;
  if (e.key === 'Tab' && tabLeaves.current) {
    tabLeaves.current = false;
    return; // the browser's own Tab: focus leaves the sheet
  }
  if (e.key !== 'Escape') tabLeaves.current = false;
  const move = MOVES[e.key];
  if (e.key === 'ArrowDown' && e.altKey) {
    e.preventDefault();
    openList();
  } else if (move) {
    e.preventDefault();
    ed.moveFrom(at.r, at.c, move[e.shiftKey ? 1 : 0]);
  } else if (e.key === 'F2') {
    e.preventDefault();
    ed.startEdit(at.r, at.c, null);
  } else if (e.key === 'Delete') {
    e.preventDefault();
    ed.clear(at.r, at.c);
  } else if (e.key === 'Backspace') {
    e.preventDefault();
    ed.startEdit(at.r, at.c, ''); // Excel clears the entry and starts editing
  }
}

/** A key in the cell editor. */
export function editorKey(e: KeyboardEvent, editing: Editing | null, ed: GridKeyTarget): void {
  if (e.nativeEvent.isComposing) return; // Enter confirms the IME's conversion, not the cell
  const commit = COMMITS[e.key];
  const arrow = ARROWS[e.key];
  if (commit) {
    e.preventDefault();
    ed.commit(commit[e.shiftKey ? 1 : 0]);
  } else if (e.key === 'Escape') {
    e.preventDefault();
    ed.cancel();
  } else if (editing?.mode === 'enter' && arrow) {
    e.preventDefault();
    ed.commit(arrow);
  }
}

/**
 * The grid's selection and cell editing, as Excel behaves: a sheet always has a selected cell (A1 when fresh,
 * else where the user left it); Enter/Tab commit and move down/right; the sheet's data validation judges a typed
 * entry (stop / warning / information alert); a locked cell of a protected sheet is refused with Excel's message;
 * an edit that cannot be written never leaves the editor stuck.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { editTextOf, isLocked, pastedRows } from './cellEditing';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS } from './gridModel';
import { columnName } from './runtime';
import type { ExcelRuntime, SimSheet, SimValidation } from './runtime';
import { alertFor, passes, validationAt } from './validationRules';

export interface Editing {
  r: number;
  c: number;
  text: string;
  /** 'enter': typing replaced the cell (arrow keys commit and move); 'edit': F2 / double-click (arrows move the caret). */
  mode: 'enter' | 'edit';
  /** The text the editor opened with ('edit' mode): committed unchanged, nothing is written. */
  original: string | null;
}

/** 'tab' moves right and 'enter' down, back to the column where a run of Tabs began (as Excel does). */
export type Move = 'down' | 'up' | 'right' | 'left' | 'none' | 'tab' | 'enter';

export type GridAlert =
  | { kind: 'protected' }
  | { kind: 'failed'; detail: string }
  | { kind: 'invalid'; style: 'stop' | 'warning' | 'information'; validation: SimValidation; pending: Editing; move: Move };

const STEP: Record<Move, [number, number]> = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], none: [0, 0], tab: [0, 1], enter: [1, 0] };

/** Where the user last was on each sheet (Excel keeps a selection per sheet). */
const lastSelection = new WeakMap<SimSheet, { r: number; c: number }>();

const errorCode = (error: unknown) => (error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '');

export function useCellEditing(runtime: ExcelRuntime, sheet: SimSheet) {
  const wb = runtime.workbook;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditingState] = useState<Editing | null>(null);
  const [alert, setAlert] = useState<GridAlert | null>(null);
  // The latest values for event handlers that outlive a render (blur after Enter, the alert's buttons).
  const editingRef = useRef<Editing | null>(null);
  const alertRef = useRef<GridAlert | null>(null);
  const sinkRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const setEditing = useCallback((e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  }, []);
  const showAlert = useCallback((a: GridAlert | null) => {
    alertRef.current = a;
    setAlert(a);
  }, []);

  // A fresh sheet has A1 selected; a sheet shown again has the cell the user left.
  useEffect(() => {
    if (wb.selection?.sheet === sheet) {
      lastSelection.set(sheet, { r: wb.selection.rect.r0, c: wb.selection.rect.c0 });
      return;
    }
    const at = lastSelection.get(sheet) ?? { r: 0, c: 0 };
    wb.selection = { sheet, rect: { r0: at.r, c0: at.c, r1: at.r, c1: at.c } };
    redraw();
  });
  const sel = wb.selection?.sheet === sheet ? wb.selection.rect : null;

  /** Where a run of Tabs began (Enter returns to that column on the next row). */
  const tabStart = useRef<number | null>(null);
  const select = useCallback(
    (r: number, c: number) => {
      tabStart.current = null;
      const rr = Math.min(MAX_GRID_ROWS - 1, Math.max(0, r));
      const cc = Math.min(MAX_GRID_COLUMNS - 1, Math.max(0, c));
      wb.activeSheet = sheet;
      wb.selection = { sheet, rect: { r0: rr, c0: cc, r1: rr, c1: cc } };
      redraw();
    },
    [wb, sheet],
  );
  const moveFrom = useCallback(
    (r: number, c: number, move: Move) => {
      const start = tabStart.current ?? c;
      select(r + STEP[move][0], move === 'enter' ? start : c + STEP[move][1]);
      if (move === 'tab') tabStart.current = start;
    },
    [select],
  );
  // At once, so that keys typed right after Enter/Tab reach the next cell (the editor's blur is then a no-op).
  const focusSink = () => sinkRef.current?.focus();

  /** Opens the editor on a cell, unless Excel would refuse (a locked cell on a protected sheet). */
  const startEdit = useCallback(
    (r: number, c: number, typed: string | null) => {
      if (isLocked(sheet, r, c)) {
        showAlert({ kind: 'protected' });
        return;
      }
      const original = typed === null ? editTextOf(wb, sheet, r, c) : null;
      setEditing({ r, c, text: typed ?? original ?? '', mode: typed === null ? 'edit' : 'enter', original });
    },
    [wb, sheet, setEditing, showAlert],
  );

  /** A value into a cell as the user's edit; a refusal from the workbook is shown, never thrown. */
  const write = useCallback(
    (r: number, c: number, text: string): boolean => {
      try {
        runtime.userEdit(sheet.name, `${columnName(c)}${r + 1}`, text);
        return true;
      } catch (error) {
        showAlert(errorCode(error) === 'AccessDenied' ? { kind: 'protected' } : { kind: 'failed', detail: String(error) });
        return false;
      }
    },
    [runtime, sheet, showAlert],
  );

  const finish = useCallback(
    (e: Editing, move: Move) => {
      setEditing(null);
      moveFrom(e.r, e.c, move);
      focusSink();
    },
    [setEditing, moveFrom],
  );

  /** Enter, Tab, an arrow in enter mode, or leaving the editor: validate, write, move. */
  const commit = useCallback(
    (move: Move) => {
      const e = editingRef.current;
      if (!e || alertRef.current) return;
      if (e.original !== null && e.text === e.original) return finish(e, move);
      const validation = validationAt(sheet, e.r, e.c);
      const style = validation && !passes(wb, sheet, validation, e.text) ? alertFor(validation) : null;
      if (validation && style) return showAlert({ kind: 'invalid', style, validation, pending: e, move });
      if (write(e.r, e.c, e.text)) return finish(e, move);
      setEditing(null); // refused: the alert says why; the editor closes so other cells can be edited
    },
    [wb, sheet, write, finish, setEditing, showAlert],
  );

  const cancel = useCallback(() => {
    setEditing(null);
    focusSink();
  }, [setEditing]);

  /** A value picked from the dropdown: a user's edit like any other (list items pass their own rule). */
  const pick = useCallback(
    (r: number, c: number, value: string) => {
      if (isLocked(sheet, r, c)) return showAlert({ kind: 'protected' });
      if (write(r, c, value)) select(r, c);
      focusSink();
    },
    [sheet, write, select, showAlert],
  );

  /** The user's answer to an alert: 'retry' / 'no' go back to the entry, 'cancel' drops it, 'accept' writes it. */
  const answer = useCallback(
    (choice: 'retry' | 'cancel' | 'accept' | 'ok') => {
      const a = alertRef.current;
      showAlert(null);
      // Focus returns once the box has closed (while open, the dialog keeps focus inside itself).
      const afterClose = (focus: () => void) => setTimeout(focus, 0);
      if (!a || a.kind !== 'invalid') {
        afterClose(focusSink);
        return;
      }
      if (choice === 'accept') {
        if (write(a.pending.r, a.pending.c, a.pending.text)) {
          setEditing(null);
          moveFrom(a.pending.r, a.pending.c, a.move);
        } else setEditing(null);
        afterClose(focusSink);
      } else if (choice === 'cancel') {
        setEditing(null);
        afterClose(focusSink);
      } else
        setTimeout(() => {
          editorRef.current?.focus();
          editorRef.current?.select(); // Excel selects the entry to retype it
        }, 0);
    },
    [write, moveFrom, setEditing, showAlert],
  );

  /**
   * Paste (tab-separated rows, as Excel and browsers put cells on the clipboard) from the selected cell down and
   * right. As in Excel, a paste bypasses data validation — which is why the add-in checks edits as they happen.
   */
  const paste = useCallback(
    (r: number, c: number, text: string) => {
      const values = pastedRows(text);
      const width = values[0]?.length ?? 1;
      for (let i = 0; i < values.length; i++) for (let j = 0; j < width; j++) if (isLocked(sheet, r + i, c + j)) return showAlert({ kind: 'protected' });
      const address = `${columnName(c)}${r + 1}:${columnName(c + width - 1)}${r + values.length}`;
      try {
        runtime.userEdit(sheet.name, address, values);
      } catch (error) {
        showAlert({ kind: 'failed', detail: String(error) });
      }
    },
    [runtime, sheet, showAlert],
  );

  /** Delete: clear the cell (Excel does not validate clearing). */
  const clear = useCallback(
    (r: number, c: number) => {
      if (isLocked(sheet, r, c)) return showAlert({ kind: 'protected' });
      write(r, c, '');
    },
    [sheet, write, showAlert],
  );

  return { sel, select, moveFrom, editing, setEditing, startEdit, commit, cancel, pick, paste, clear, alert, answer, sinkRef, editorRef };
}

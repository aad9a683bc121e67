import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { fill } from '../taskpane/i18n';
import { CellOverlay } from './CellOverlay';
import type { CellBox } from './CellOverlay';
import { GridAlertDialog } from './GridAlertDialog';
import { editorKey, selectedCellKey } from './gridKeys';
import { cellLook, columnPixels, gridExtent } from './gridModel';
import type { PreviewStrings } from './i18n';
import { cellText, columnName } from './runtime';
import type { ExcelRuntime, SimSheet } from './runtime';
import { useCellEditing } from './useCellEditing';
import { dropdownItems, validationAt } from './validationRules';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: '#ffffff' },
  content: { position: 'relative' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '13px', color: '#000000' },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: '#f3f3f3', fontWeight: 'normal', color: '#444', border: '1px solid #d4d4d4', height: '20px' },
  rowHead: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: '#f3f3f3', color: '#444', border: '1px solid #d4d4d4', textAlign: 'center' },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '1px 4px',
    height: '20px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  editor: { width: '100%', boxSizing: 'border-box', font: 'inherit', border: 'none', padding: 0, outline: 'none' },
});

const ROW_HEADER_PX = 40;
const TABSTER_OWN_TAB = JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } });

interface Props {
  runtime: ExcelRuntime;
  sheet: SimSheet;
  strings: PreviewStrings;
}

/**
 * The active sheet as a table: values as Excel would display them, fills (the task pane's finding markers
 * included), the selection with the sheet's dropdown and input prompt. Click or arrow keys select; double-click,
 * F2 or typing (an IME's committed text included) edits; Enter/Tab commit and move. An edit goes through
 * runtime.userEdit, i.e. it is a user's edit as far as the add-in can tell (onChanged fires), after the sheet's
 * data validation has judged it as Excel would.
 */
export function Grid({ runtime, sheet, strings: s }: Props) {
  const styles = useStyles();
  const wb = runtime.workbook;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => runtime.subscribe(redraw), [runtime]);
  const content = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<CellBox | null>(null);
  const ed = useCellEditing(runtime, sheet);
  /** Esc was pressed on the selected cell: the next Tab leaves the sheet. */
  const tabLeaves = useRef(false);
  const hintId = useId('grid-keys');
  const { sel, editing } = ed;

  const { rows, cols } = gridExtent(sheet, sel);
  const widths = Array.from({ length: cols }, (_, c) => columnPixels(sheet, c));
  // A fixed-layout table honours its <col> widths only when the table's own width is set.
  const tableWidth = ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0);
  const address = sel ? `${columnName(sel.c0)}${sel.r0 + 1}` : null;
  const layout = widths.join(',');

  // The overlay follows the selected cell's box; a keyboard move scrolls the cell into view.
  useLayoutEffect(() => {
    const td = address ? content.current?.querySelector<HTMLTableCellElement>(`td[data-cell="${address}"]`) : null;
    if (!td) {
      setBox(null);
      return;
    }
    const next = { left: td.offsetLeft, top: td.offsetTop, width: td.offsetWidth, height: td.offsetHeight };
    setBox((b) => (b && b.left === next.left && b.top === next.top && b.width === next.width && b.height === next.height ? b : next));
    td.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [address, layout, rows, cols]);

  const validation = sel ? validationAt(sheet, sel.r0, sel.c0) : null;
  const prompt = validation?.prompt.showPrompt && (validation.prompt.title || validation.prompt.message) ? validation.prompt : null;
  const items = sel ? dropdownItems(wb, sheet, sel.r0, sel.c0) : null;

  return (
    <div
      className={styles.scroller}
      role="region"
      aria-label={fill(s['grid.label'], { sheet: sheet.name })}
      // Fluent's focus manager moves focus on Tab itself; in the sheet, Tab is Excel's (next cell).
      data-tabster={TABSTER_OWN_TAB}
    >
      <div ref={content} className={styles.content} style={{ width: tableWidth }}>
        <table className={styles.table} role="grid" aria-label={sheet.name} style={{ width: tableWidth }}>
          <colgroup>
            <col style={{ width: ROW_HEADER_PX }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const cellAddress = `${columnName(c)}${r + 1}`;
                  const isSelected = sel !== null && r >= sel.r0 && r <= sel.r1 && c >= sel.c0 && c <= sel.c1;
                  const isEditing = editing?.r === r && editing.c === c;
                  const look = cellLook(sheet, r, c);
                  const text = cellText(wb, sheet, r, c);
                  // Like Excel, text runs on over empty neighbours to its right instead of being cut off.
                  const spill = text !== '' && c + 1 < cols && cellText(wb, sheet, r, c + 1) === '' && !look.style.textAlign;
                  const style = spill ? { ...look.style, overflow: 'visible', textOverflow: 'clip' } : look.style;
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      data-cell={cellAddress}
                      aria-selected={isSelected}
                      className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                      style={style}
                      data-marker={look.marker ?? undefined}
                      onClick={() => {
                        // Leaving an entry commits it on blur first; while it is still open (its alert), stay.
                        if (editing) return;
                        ed.select(r, c);
                        ed.sinkRef.current?.focus();
                      }}
                      onDoubleClick={() => ed.startEdit(r, c, null)}
                    >
                      {isEditing ? (
                        <input
                          ref={ed.editorRef}
                          className={styles.editor}
                          aria-label={fill(s['grid.value'], { address: cellAddress })}
                          value={editing.text}
                          autoFocus
                          onFocus={(e) => {
                            const end = e.currentTarget.value.length;
                            e.currentTarget.setSelectionRange(end, end); // the caret after the text, as in Excel
                          }}
                          onChange={(e) => ed.setEditing({ ...editing, text: e.target.value })}
                          onBlur={() => ed.commit('none')}
                          onKeyDown={(e) => editorKey(e, editing, ed)}
                        />
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {box && address && sel && (
          <CellOverlay
            box={box}
            address={address}
            strings={s}
            editing={editing !== null}
            sinkRef={ed.sinkRef}
            onKey={(e, openList) => selectedCellKey(e, { r: sel.r0, c: sel.c0 }, ed, openList, tabLeaves)}
            onTyped={(text) => ed.startEdit(sel.r0, sel.c0, text)}
            onPaste={(text) => ed.paste(sel.r0, sel.c0, text)}
            items={items}
            onPick={(value) => ed.pick(sel.r0, sel.c0, value)}
            prompt={prompt}
            hintId={hintId}
          />
        )}
      </div>
      <span id={hintId} hidden>
        {s['grid.keys']}
      </span>
      {ed.alert && <GridAlertDialog alert={ed.alert} strings={s} onAnswer={ed.answer} />}
    </div>
  );
}
